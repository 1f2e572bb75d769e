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
 * Money given back for one order of a payment. Written as {@code pending} before the provider is
 * asked, so two refunds racing each other both count against what is left; the provider's answer
 * (or its webhook) then makes it succeeded or failed, once.
 */
@Entity
@Table(name = "payment_refund")
public class PaymentRefund extends TrackedEntity {

  @Id private UUID id;

  @Column(name = "payment_id", nullable = false, updatable = false)
  private UUID paymentId;

  @Column(name = "order_id", nullable = false, updatable = false)
  private UUID orderId;

  @Column(name = "status", nullable = false, length = 20)
  private RefundStatus status;

  @Embedded
  @AttributeOverride(name = "amountMinor", column = @Column(name = "amount_minor"))
  private Money amount;

  @Column(name = "provider_ref", length = 100)
  private String providerRef;

  @Column(name = "reason", updatable = false, length = 500)
  private String reason;

  @Column(name = "requested_by", updatable = false)
  private UUID requestedBy;

  protected PaymentRefund() {}

  public static PaymentRefund ask(
      UUID paymentId, UUID orderId, Money amount, String reason, UUID requestedBy, Instant now) {
    PaymentRefund r = new PaymentRefund();
    r.id = UUID.randomUUID();
    r.paymentId = paymentId;
    r.orderId = orderId;
    r.amount = amount;
    r.reason = reason;
    r.requestedBy = requestedBy;
    r.status = RefundStatus.PENDING;
    r.created(now);
    return r;
  }

  /** The provider's id for it, once the provider took it. */
  public void knownAs(String ref, Instant now) {
    if (providerRef == null) {
      providerRef = ref;
      touched(now);
    }
  }

  /**
   * Settles a pending refund.
   *
   * @return false when it was settled before (a repeated answer or webhook)
   */
  public boolean settle(RefundStatus to, Instant now) {
    if (status != RefundStatus.PENDING || to == RefundStatus.PENDING) {
      return false;
    }
    status = to;
    touched(now);
    return true;
  }

  public UUID id() {
    return id;
  }

  public UUID paymentId() {
    return paymentId;
  }

  public UUID orderId() {
    return orderId;
  }

  public RefundStatus status() {
    return status;
  }

  public Money amount() {
    return amount;
  }

  public String providerRef() {
    return providerRef;
  }

  public String reason() {
    return reason;
  }

  public UUID requestedBy() {
    return requestedBy;
  }
}
