package com.vita.payments.entity;

import com.vita.platform.persistence.CodedEnum;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where a payment stands. {@code requires_action}: the buyer must still pay (enter a card, pass 3-D
 * Secure); {@code processing}: the provider is on it; then {@code succeeded}, {@code failed} or
 * {@code cancelled}, and after success refunds, partial or full.
 *
 * <p>A failed attempt is not the end: the buyer may try another card on the same intent, so a
 * failed payment can still move on. Cancelled and refunded are final. Money once captured never
 * goes back to unpaid: a {@code succeeded} arriving after a refund, or a {@code failed} after a
 * success, is a late message and refused.
 */
public enum PaymentStatus implements CodedEnum {
  REQUIRES_ACTION("requires_action"),
  PROCESSING("processing"),
  SUCCEEDED("succeeded"),
  FAILED("failed"),
  CANCELLED("cancelled"),
  PARTIALLY_REFUNDED("partially_refunded"),
  REFUNDED("refunded");

  private final String value;

  PaymentStatus(String value) {
    this.value = value;
  }

  @Override
  public String value() {
    return value;
  }

  /** The statuses a payment in this one may move to. */
  public Set<PaymentStatus> next() {
    return switch (this) {
      case REQUIRES_ACTION, FAILED ->
          EnumSet.of(REQUIRES_ACTION, PROCESSING, SUCCEEDED, FAILED, CANCELLED);
      case PROCESSING -> EnumSet.of(REQUIRES_ACTION, SUCCEEDED, FAILED, CANCELLED);
      case SUCCEEDED, PARTIALLY_REFUNDED -> EnumSet.of(PARTIALLY_REFUNDED, REFUNDED);
      case CANCELLED, REFUNDED -> EnumSet.noneOf(PaymentStatus.class);
    };
  }

  public boolean canMoveTo(PaymentStatus to) {
    return next().contains(to);
  }

  /** Still waiting for the buyer or the provider: what reconciliation asks about. */
  public boolean isOpen() {
    return this == REQUIRES_ACTION || this == PROCESSING;
  }

  /** The money was taken (and may since have been given back, in part or whole). */
  public boolean isCaptured() {
    return this == SUCCEEDED || this == PARTIALLY_REFUNDED || this == REFUNDED;
  }
}
