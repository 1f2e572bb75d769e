package com.vita.payments.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.UUID;

/**
 * One order a payment pays: its store, the seller who will be credited, and its total (in the
 * payment's currency, in minor units) at the time the payment was asked for.
 */
@Embeddable
public class PaymentShare {

  @Column(name = "order_id", nullable = false, updatable = false)
  private UUID orderId;

  @Column(name = "store_id", nullable = false, updatable = false)
  private UUID storeId;

  @Column(name = "seller_id", nullable = false, updatable = false)
  private UUID sellerId;

  @Column(name = "amount_minor", nullable = false, updatable = false)
  private long amountMinor;

  protected PaymentShare() {}

  public PaymentShare(UUID orderId, UUID storeId, UUID sellerId, long amountMinor) {
    if (amountMinor <= 0) {
      throw new IllegalArgumentException("An order's share of a payment is positive");
    }
    this.orderId = orderId;
    this.storeId = storeId;
    this.sellerId = sellerId;
    this.amountMinor = amountMinor;
  }

  public UUID orderId() {
    return orderId;
  }

  public UUID storeId() {
    return storeId;
  }

  public UUID sellerId() {
    return sellerId;
  }

  public long amountMinor() {
    return amountMinor;
  }
}
