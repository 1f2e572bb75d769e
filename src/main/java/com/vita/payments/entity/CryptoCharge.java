package com.vita.payments.entity;

import com.vita.platform.money.Money;
import com.vita.platform.persistence.TrackedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * What a crypto payment asks of the buyer, fixed when they asked to pay: send {@link #amountDue()}
 * of a coin to an address before {@link #expiresAt()}. Deposits to the address add up in {@link
 * #amountReceived()}; the charge says whether they cover the amount and by how much they exceed it.
 * The rate is kept so the fiat amount can always be traced to the crypto one.
 */
@Entity
@Table(name = "crypto_charge")
@NamedQuery(
    name = CryptoCharge.BY_ADDRESS,
    query = "select c from CryptoCharge c where c.provider = :provider and c.address = :address")
public class CryptoCharge extends TrackedEntity {

  public static final String BY_ADDRESS = "CryptoCharge.byAddress";

  @Id
  @Column(name = "payment_id")
  private UUID paymentId;

  @Column(name = "provider", nullable = false, updatable = false, length = 20)
  private String provider;

  @Column(name = "address", nullable = false, updatable = false, length = 120)
  private String address;

  @Column(name = "chain_id", nullable = false, updatable = false, length = 40)
  private String chainId;

  @Column(name = "coin", nullable = false, updatable = false, length = 120)
  private String coin;

  @Column(name = "amount_due", nullable = false, updatable = false, precision = 38, scale = 18)
  private BigDecimal amountDue;

  @Column(name = "amount_received", nullable = false, precision = 38, scale = 18)
  private BigDecimal amountReceived;

  @Column(name = "rate", nullable = false, updatable = false, precision = 38, scale = 18)
  private BigDecimal rate;

  @Column(
      name = "fiat_currency",
      nullable = false,
      updatable = false,
      length = 3,
      columnDefinition = "bpchar(3)")
  private String fiatCurrency;

  @Column(name = "fiat_minor", nullable = false, updatable = false)
  private long fiatMinor;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private Instant expiresAt;

  protected CryptoCharge() {}

  /** The terms of one payment: where to send what, quoted at which rate, until when. */
  public record Terms(
      UUID paymentId,
      String provider,
      String address,
      String chainId,
      String coin,
      BigDecimal amountDue,
      BigDecimal rate,
      Money fiat,
      Instant expiresAt) {}

  public static CryptoCharge open(Terms terms, Instant now) {
    if (terms.amountDue().signum() <= 0 || terms.rate().signum() <= 0) {
      throw new IllegalArgumentException("A crypto charge asks for a positive amount");
    }
    CryptoCharge c = new CryptoCharge();
    c.paymentId = terms.paymentId();
    c.provider = terms.provider();
    c.address = terms.address();
    c.chainId = terms.chainId();
    c.coin = terms.coin();
    c.amountDue = terms.amountDue();
    c.amountReceived = BigDecimal.ZERO;
    c.rate = terms.rate();
    c.fiatCurrency = terms.fiat().currency().getCurrencyCode();
    c.fiatMinor = terms.fiat().minorUnits();
    c.expiresAt = terms.expiresAt();
    c.created(now);
    return c;
  }

  /** Whether a deposit made at this moment still pays the orders. */
  public boolean openAt(Instant moment) {
    return !moment.isAfter(expiresAt);
  }

  /**
   * Adds a deposit to what the address received.
   *
   * @return whether the deposits now cover the amount due
   */
  public boolean receive(BigDecimal amount, Instant now) {
    if (amount.signum() <= 0) {
      throw new IllegalArgumentException("A deposit is positive");
    }
    amountReceived = amountReceived.add(amount);
    touched(now);
    return isCovered();
  }

  public boolean isCovered() {
    return amountReceived.compareTo(amountDue) >= 0;
  }

  /** What was received beyond the amount due (zero while it is not covered). */
  public BigDecimal excess() {
    return isCovered() ? amountReceived.subtract(amountDue) : BigDecimal.ZERO;
  }

  public UUID paymentId() {
    return paymentId;
  }

  public String provider() {
    return provider;
  }

  public String address() {
    return address;
  }

  public String chainId() {
    return chainId;
  }

  public String coin() {
    return coin;
  }

  public BigDecimal amountDue() {
    return amountDue;
  }

  public BigDecimal amountReceived() {
    return amountReceived;
  }

  public BigDecimal rate() {
    return rate;
  }

  public String fiatCurrency() {
    return fiatCurrency;
  }

  public long fiatMinor() {
    return fiatMinor;
  }

  public Instant expiresAt() {
    return expiresAt;
  }
}
