package com.vita.payments.entity;

import com.vita.platform.money.Money;
import com.vita.platform.persistence.TrackedEntity;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A buyer's payment for one checkout (or one order of it) through one provider: the amount, the
 * provider's reference (a Stripe PaymentIntent id), the orders it pays and where it stands. Every
 * move goes through {@link #moveTo}, which refuses what {@link PaymentStatus} does not allow; the
 * amount and the orders never change after the payment is asked for.
 */
@Entity
@Table(name = "payment")
@NamedQuery(
    name = Payment.BY_PROVIDER_REF,
    query = "select p from Payment p where p.provider = :provider and p.providerRef = :ref")
public class Payment extends TrackedEntity {

  public static final String BY_PROVIDER_REF = "Payment.byProviderRef";

  @Id private UUID id;

  @Column(name = "buyer_id", nullable = false, updatable = false)
  private UUID buyerId;

  @Column(name = "checkout_id", updatable = false)
  private UUID checkoutId;

  @Column(name = "method", nullable = false, updatable = false, length = 20)
  private String method;

  @Column(name = "provider", nullable = false, updatable = false, length = 20)
  private String provider;

  @Column(name = "provider_ref", nullable = false, updatable = false, length = 100)
  private String providerRef;

  @Column(name = "client_secret", updatable = false, length = 300)
  private String clientSecret;

  @Column(name = "status", nullable = false, length = 20)
  private PaymentStatus status;

  @Embedded
  @AttributeOverride(name = "amountMinor", column = @Column(name = "amount_minor"))
  private Money amount;

  @Column(name = "refunded_minor", nullable = false)
  private long refundedMinor;

  @Column(name = "failure_code", length = 100)
  private String failureCode;

  @Column(name = "failure_message", length = 500)
  private String failureMessage;

  @Column(name = "captured_at")
  private Instant capturedAt;

  // Lazy on purpose: an eager join would turn every find-with-lock into a read then a separate
  // version-checked lock (PostgreSQL cannot lock the outer side of a join), which fails under
  // races.
  @ElementCollection
  @CollectionTable(name = "payment_order", joinColumns = @JoinColumn(name = "payment_id"))
  private List<PaymentShare> shares = new ArrayList<>();

  protected Payment() {}

  /** Who pays what for which orders, and the provider's reference once it knows the payment. */
  public record Draft(
      UUID id,
      UUID buyerId,
      UUID checkoutId,
      String method,
      Money amount,
      List<PaymentShare> shares) {}

  public static Payment open(
      Draft draft, String provider, String providerRef, String clientSecret, Instant now) {
    long sum = draft.shares().stream().mapToLong(PaymentShare::amountMinor).sum();
    if (sum != draft.amount().minorUnits()) {
      throw new IllegalArgumentException("A payment's amount is the sum of its orders'");
    }
    Payment p = new Payment();
    p.id = draft.id();
    p.buyerId = draft.buyerId();
    p.checkoutId = draft.checkoutId();
    p.method = draft.method();
    p.amount = draft.amount();
    p.shares = new ArrayList<>(draft.shares());
    p.provider = provider;
    p.providerRef = providerRef;
    p.clientSecret = clientSecret;
    p.status = PaymentStatus.REQUIRES_ACTION;
    p.created(now);
    return p;
  }

  /**
   * Moves to a status the provider reported.
   *
   * @return false, changing nothing, when the payment is already there or the move is not allowed
   *     (a late or out-of-order message)
   */
  public boolean moveTo(PaymentStatus to, Instant now) {
    if (to == status || !status.canMoveTo(to)) {
      return false;
    }
    if (to == PaymentStatus.SUCCEEDED) {
      capturedAt = now;
      failureCode = null;
      failureMessage = null;
    }
    status = to;
    touched(now);
    return true;
  }

  /** The last attempt failed for this reason (the card was declined, …). */
  public void failedBecause(String code, String message, Instant now) {
    failureCode = code;
    failureMessage =
        message == null || message.length() <= 500 ? message : message.substring(0, 500);
    touched(now);
  }

  /** A refund of this much was booked: the payment is partially or fully refunded. */
  public void refunded(long minorUnits, Instant now) {
    long total = Math.addExact(refundedMinor, minorUnits);
    if (minorUnits <= 0 || total > amount.minorUnits() || !status.isCaptured()) {
      throw new IllegalStateException("Refund of " + minorUnits + " does not fit payment " + id);
    }
    refundedMinor = total;
    status =
        total == amount.minorUnits() ? PaymentStatus.REFUNDED : PaymentStatus.PARTIALLY_REFUNDED;
    touched(now);
  }

  /** Marks the row changed without a status change, so reconciliation asks again later. */
  public void checked(Instant now) {
    touched(now);
  }

  public UUID id() {
    return id;
  }

  public UUID buyerId() {
    return buyerId;
  }

  public UUID checkoutId() {
    return checkoutId;
  }

  public String method() {
    return method;
  }

  public String provider() {
    return provider;
  }

  public String providerRef() {
    return providerRef;
  }

  public String clientSecret() {
    return clientSecret;
  }

  public PaymentStatus status() {
    return status;
  }

  public Money amount() {
    return amount;
  }

  public long refundedMinor() {
    return refundedMinor;
  }

  public String failureCode() {
    return failureCode;
  }

  public String failureMessage() {
    return failureMessage;
  }

  public Instant capturedAt() {
    return capturedAt;
  }

  public List<PaymentShare> shares() {
    return List.copyOf(shares);
  }

  public List<UUID> orderIds() {
    return shares.stream().map(PaymentShare::orderId).toList();
  }
}
