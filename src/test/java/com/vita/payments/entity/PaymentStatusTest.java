package com.vita.payments.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every pair of statuses: exactly the moves the state machine lists are allowed. */
class PaymentStatusTest {

  private static final Set<String> ALLOWED =
      Set.of(
          "requires_action>processing",
          "requires_action>succeeded",
          "requires_action>failed",
          "requires_action>cancelled",
          "processing>requires_action",
          "processing>succeeded",
          "processing>failed",
          "processing>cancelled",
          "failed>requires_action",
          "failed>processing",
          "failed>succeeded",
          "failed>cancelled",
          "succeeded>partially_refunded",
          "succeeded>refunded",
          "partially_refunded>partially_refunded",
          "partially_refunded>refunded");

  @Test
  void onlyTheListedMovesAreAllowed() {
    int pairs = 0;
    for (PaymentStatus from : PaymentStatus.values()) {
      for (PaymentStatus to : PaymentStatus.values()) {
        if (from == to && from != PaymentStatus.PARTIALLY_REFUNDED) {
          continue; // staying is "unchanged", not a move (a repeated failure included)
        }
        pairs++;
        assertEquals(
            ALLOWED.contains(from.value() + ">" + to.value()),
            from.canMoveTo(to),
            from.value() + " -> " + to.value());
      }
    }
    assertEquals(43, pairs);
  }

  @Test
  void capturedMoneyNeverGoesBackToUnpaid() {
    for (PaymentStatus captured :
        EnumSet.of(
            PaymentStatus.SUCCEEDED, PaymentStatus.PARTIALLY_REFUNDED, PaymentStatus.REFUNDED)) {
      for (PaymentStatus unpaid :
          EnumSet.of(
              PaymentStatus.REQUIRES_ACTION,
              PaymentStatus.PROCESSING,
              PaymentStatus.FAILED,
              PaymentStatus.CANCELLED)) {
        assertEquals(false, captured.canMoveTo(unpaid), captured + " -> " + unpaid);
      }
      assertEquals(true, captured.isCaptured());
    }
    assertEquals(false, PaymentStatus.REFUNDED.canMoveTo(PaymentStatus.SUCCEEDED));
  }
}
