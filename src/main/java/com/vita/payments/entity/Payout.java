package com.vita.payments.entity;

import com.vita.platform.money.Money;
import com.vita.platform.persistence.TrackedEntity;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * Money a seller takes out of their available balance to a destination through a rail. Written as
 * {@code requested} in the transaction that debits the wallet, then moved by its rail's answer, an
 * admin or the provider's outcome; each move is checked against {@link PayoutStatus} and refused
 * (false) when illegal, so a repeated outcome changes nothing.
 */
@Entity
@Table(name = "payout")
public class Payout extends TrackedEntity {

  /** The most of a reason kept (the column's size). */
  public static final int REASON_MAX = 500;

  @Id private UUID id;

  @Column(name = "seller_id", nullable = false, updatable = false)
  private UUID sellerId;

  @Embedded
  @AttributeOverride(name = "amountMinor", column = @Column(name = "amount_minor"))
  private Money amount;

  @Column(name = "rail", nullable = false, updatable = false, length = 20)
  private String rail;

  @Column(name = "destination", nullable = false, updatable = false, length = 200)
  private String destination;

  @Column(name = "destination_currency", updatable = false, length = 40)
  private String destinationCurrency;

  @Column(name = "status", nullable = false, length = 20)
  private PayoutStatus status;

  @Column(name = "provider_ref", length = 100)
  private String providerRef;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Column(name = "reason", length = REASON_MAX)
  private String reason;

  @Column(name = "idempotency_key", nullable = false, updatable = false, length = 255)
  private String idempotencyKey;

  protected Payout() {}

  public static Payout request(
      UUID sellerId,
      Money amount,
      String rail,
      String destination,
      String destinationCurrency,
      String idempotencyKey,
      Instant now) {
    if (amount.isZero()) {
      throw new IllegalArgumentException("A payout moves some money");
    }
    Payout p = new Payout();
    p.id = UUID.randomUUID();
    p.sellerId = sellerId;
    p.amount = amount;
    p.rail = rail;
    p.destination = destination;
    p.destinationCurrency = destinationCurrency;
    p.idempotencyKey = idempotencyKey;
    p.status = PayoutStatus.REQUESTED;
    p.created(now);
    return p;
  }

  /**
   * VITA is about to give it to its rail: claimed once, before the call, so that no second sender
   * gives it again and no admin returns money that may already be on its way.
   *
   * @return false when it is not a requested payout waiting for its rail
   */
  public boolean claimForRail(Instant now) {
    if (status != PayoutStatus.REQUESTED || submittedAt != null) {
      return false;
    }
    submittedAt = now;
    touched(now);
    return true;
  }

  /**
   * The rail took it. A payout held meanwhile stays held (the rail has it all the same); one whose
   * outcome already arrived stays as it is.
   *
   * @return false when it was not waiting for its rail's answer
   */
  public boolean submitted(String ref, Instant now) {
    if (submittedAt == null || status.isFinal()) {
      return false;
    }
    boolean moved = status == PayoutStatus.REQUESTED;
    if (moved) {
      status = PayoutStatus.SUBMITTED;
    }
    boolean learned = providerRef == null && ref != null && !ref.isBlank();
    knownAs(ref);
    if (moved || learned) {
      touched(now);
    }
    return moved || learned;
  }

  /** An admin stops it; false unless it is requested or submitted. */
  public boolean hold(String why, Instant now) {
    return move(PayoutStatus.HELD, why, now);
  }

  /**
   * An admin lets a held payout go on: back to its rail when it never reached it ({@code
   * requested}), else {@code submitted}.
   */
  public boolean release(Instant now) {
    if (status != PayoutStatus.HELD) {
      return false;
    }
    return move(submittedAt == null ? PayoutStatus.REQUESTED : PayoutStatus.SUBMITTED, null, now);
  }

  /** The money reached the destination; false when it had ended before. */
  public boolean settle(String ref, Instant now) {
    knownAs(ref);
    return move(PayoutStatus.SETTLED, null, now);
  }

  /** The money did not leave (or came back); false when it had ended before. */
  public boolean returned(String why, Instant now) {
    return move(PayoutStatus.RETURNED, why == null || why.isBlank() ? "returned" : why, now);
  }

  /** Whether it was ever given to its rail: if not, returning it cannot pay the seller twice. */
  public boolean reachedRail() {
    return submittedAt != null;
  }

  private boolean move(PayoutStatus to, String why, Instant now) {
    if (!status.canMoveTo(to)) {
      return false;
    }
    status = to;
    if (why != null) {
      reason = why.length() > REASON_MAX ? why.substring(0, REASON_MAX) : why;
    }
    touched(now);
    return true;
  }

  private void knownAs(String ref) {
    if (providerRef == null && ref != null && !ref.isBlank()) {
      providerRef = ref;
    }
  }

  public UUID id() {
    return id;
  }

  public UUID sellerId() {
    return sellerId;
  }

  public Money amount() {
    return amount;
  }

  public String rail() {
    return rail;
  }

  public String destination() {
    return destination;
  }

  public String destinationCurrency() {
    return destinationCurrency;
  }

  public PayoutStatus status() {
    return status;
  }

  public String providerRef() {
    return providerRef;
  }

  public Instant submittedAt() {
    return submittedAt;
  }

  public String reason() {
    return reason;
  }

  public String idempotencyKey() {
    return idempotencyKey;
  }
}
