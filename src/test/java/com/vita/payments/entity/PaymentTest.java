package com.vita.payments.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vita.platform.money.Money;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PaymentTest {

  private static final Currency CLP = Currency.getInstance("CLP");
  private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

  private static Payment payment(long... shares) {
    long sum = 0;
    List<PaymentShare> list = new java.util.ArrayList<>();
    for (long share : shares) {
      list.add(new PaymentShare(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), share));
      sum += share;
    }
    return Payment.open(
        new Payment.Draft(
            UUID.randomUUID(),
            UUID.randomUUID(),
            UUID.randomUUID(),
            "stripe",
            Money.ofMinor(sum, CLP),
            list),
        "stripe",
        "pi_1",
        "pi_1_secret",
        NOW);
  }

  @Test
  void itsAmountIsTheSumOfItsOrders() {
    assertEquals(19_475, payment(14_485, 4_990).amount().minorUnits());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            Payment.open(
                new Payment.Draft(
                    UUID.randomUUID(),
                    UUID.randomUUID(),
                    null,
                    "stripe",
                    Money.ofMinor(100, CLP),
                    List.of(
                        new PaymentShare(
                            UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), 99))),
                "stripe",
                "pi_2",
                null,
                NOW));
    assertThrows(
        IllegalArgumentException.class,
        () -> new PaymentShare(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), 0));
  }

  @Test
  void successIsRecordedOnceAndLateMessagesChangeNothing() {
    Payment p = payment(1_000);
    assertEquals(PaymentStatus.REQUIRES_ACTION, p.status());
    assertTrue(p.moveTo(PaymentStatus.SUCCEEDED, NOW));
    assertNotNull(p.capturedAt());
    assertFalse(p.moveTo(PaymentStatus.SUCCEEDED, NOW));
    assertFalse(p.moveTo(PaymentStatus.FAILED, NOW));
    assertEquals(PaymentStatus.SUCCEEDED, p.status());
  }

  @Test
  void refundsAddUpToAtMostTheAmount() {
    Payment p = payment(1_000);
    assertThrows(IllegalStateException.class, () -> p.refunded(100, NOW), "not captured yet");
    p.moveTo(PaymentStatus.SUCCEEDED, NOW);
    p.refunded(300, NOW);
    assertEquals(PaymentStatus.PARTIALLY_REFUNDED, p.status());
    assertThrows(IllegalStateException.class, () -> p.refunded(701, NOW));
    p.refunded(700, NOW);
    assertEquals(PaymentStatus.REFUNDED, p.status());
    assertEquals(1_000, p.refundedMinor());
    assertFalse(p.moveTo(PaymentStatus.SUCCEEDED, NOW), "a success after the refund is late");
  }

  @Test
  void aRefundSettlesOnce() {
    PaymentRefund r =
        PaymentRefund.ask(
            UUID.randomUUID(), UUID.randomUUID(), Money.ofMinor(5, CLP), null, null, NOW);
    assertEquals(RefundStatus.PENDING, r.status());
    assertFalse(r.settle(RefundStatus.PENDING, NOW));
    assertTrue(r.settle(RefundStatus.SUCCEEDED, NOW));
    assertFalse(r.settle(RefundStatus.FAILED, NOW));
    r.knownAs("re_1", NOW);
    r.knownAs("re_2", NOW);
    assertEquals("re_1", r.providerRef());
  }
}
