package com.vita.payments.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A seller's virtual VISA card, one per account, as its issuer reported it. Only the last four
 * digits and the expiry are kept: the card number never reaches VITA's database or logs.
 */
@Entity
@Table(name = "virtual_card")
@NamedQuery(
    name = VirtualCard.OF_HOLDER,
    query = "select c from VirtualCard c where c.holderId = :holder")
public class VirtualCard {

  public static final String OF_HOLDER = "VirtualCard.ofHolder";

  @Id private UUID id;

  @Column(name = "holder_id", nullable = false, updatable = false)
  private UUID holderId;

  @Column(name = "provider", nullable = false, updatable = false, length = 20)
  private String provider;

  @Column(name = "provider_ref", nullable = false, updatable = false, length = 100)
  private String providerRef;

  @Column(name = "brand", nullable = false, updatable = false, length = 10)
  private String brand;

  @Column(
      name = "last4",
      nullable = false,
      updatable = false,
      length = 4,
      columnDefinition = "bpchar(4)")
  private String last4;

  @Column(name = "exp_month", nullable = false, updatable = false)
  private short expMonth;

  @Column(name = "exp_year", nullable = false, updatable = false)
  private short expYear;

  @Column(name = "status", nullable = false, length = 20)
  private String status;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected VirtualCard() {}

  /** What an issuer answered for a new card. */
  public record Issued(
      String provider, String providerRef, String brand, String last4, int expMonth, int expYear) {}

  public static VirtualCard issued(UUID holderId, Issued card, Instant now) {
    if (!card.last4().matches("[0-9]{4}") || card.expMonth() < 1 || card.expMonth() > 12) {
      throw new IllegalArgumentException("Not a card an issuer gives: " + card);
    }
    VirtualCard c = new VirtualCard();
    c.id = UUID.randomUUID();
    c.holderId = holderId;
    c.provider = card.provider();
    c.providerRef = card.providerRef();
    c.brand = card.brand();
    c.last4 = card.last4();
    c.expMonth = (short) card.expMonth();
    c.expYear = (short) card.expYear();
    c.status = "active";
    c.createdAt = now;
    return c;
  }

  public UUID id() {
    return id;
  }

  public UUID holderId() {
    return holderId;
  }

  public String provider() {
    return provider;
  }

  public String providerRef() {
    return providerRef;
  }

  public String brand() {
    return brand;
  }

  public String last4() {
    return last4;
  }

  public int expMonth() {
    return expMonth;
  }

  public int expYear() {
    return expYear;
  }

  public String status() {
    return status;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
