package com.vita.payments.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vita.platform.money.Money;
import java.time.Instant;
import java.util.Currency;
import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The payout's status machine: each move allowed once, the final statuses final. */
class PayoutTest {

  private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

  private static Payout requested() {
    return Payout.request(
        UUID.randomUUID(),
        Money.ofMinor(5_000, Currency.getInstance("CLP")),
        "bank",
        "Banco Estado 123",
        null,
        "key-1",
        NOW);
  }

  @Test
  void aPayoutIsRequestedThenSubmittedThenSettledOnce() {
    Payout payout = requested();
    assertEquals(PayoutStatus.REQUESTED, payout.status());
    assertFalse(payout.reachedRail());
    assertFalse(payout.submitted("ref-0", NOW), "not before it was given to the rail");
    assertTrue(payout.claimForRail(NOW));
    assertFalse(payout.claimForRail(NOW), "given to its rail once");
    assertTrue(payout.reachedRail());
    assertTrue(payout.submitted("ref-1", NOW));
    assertEquals(PayoutStatus.SUBMITTED, payout.status());
    assertTrue(payout.reachedRail());
    assertFalse(payout.submitted("ref-2", NOW), "taken by its rail once");
    assertEquals("ref-1", payout.providerRef());
    assertTrue(payout.settle(null, NOW));
    assertEquals(PayoutStatus.SETTLED, payout.status());
    assertFalse(payout.settle("again", NOW), "a repeated outcome");
    assertFalse(payout.returned("late failure", NOW), "settled is final");
    assertFalse(payout.hold("too late", NOW));
  }

  @Test
  void aReturnedPayoutKeepsItsReasonAndEnds() {
    Payout payout = requested();
    assertTrue(payout.returned("rail refused", NOW));
    assertEquals(PayoutStatus.RETURNED, payout.status());
    assertEquals("rail refused", payout.reason());
    assertFalse(payout.returned("twice", NOW));
    assertFalse(payout.settle("ref", NOW));
    assertFalse(payout.claimForRail(NOW), "a returned payout is not sent");
    assertEquals("rail refused", payout.reason());
  }

  @Test
  void aHeldPayoutIsReleasedToItsRailOnlyWhenItNeverReachedIt() {
    Payout never = requested();
    assertTrue(never.hold("check the account", NOW));
    assertFalse(never.claimForRail(NOW), "a held payout is not given to its rail");
    assertFalse(never.hold("again", NOW));
    assertTrue(never.release(NOW));
    assertEquals(PayoutStatus.REQUESTED, never.status(), "back to its rail");
    assertFalse(never.release(NOW), "only a held payout is released");

    Payout sent = requested();
    sent.claimForRail(NOW);
    sent.submitted(null, NOW);
    assertTrue(sent.hold("suspicious", NOW));
    assertEquals("suspicious", sent.reason());
    assertTrue(sent.release(NOW));
    assertEquals(PayoutStatus.SUBMITTED, sent.status());
  }

  @Test
  void aRailThatTookAHeldPayoutLeavesItHeldButSent() {
    Payout payout = requested();
    assertTrue(payout.claimForRail(NOW));
    payout.hold("review", NOW);
    assertTrue(payout.reachedRail(), "held while its rail answers: no longer safe to return");
    assertTrue(payout.submitted("ref-9", NOW));
    assertEquals(PayoutStatus.HELD, payout.status());
    assertTrue(payout.reachedRail());
    assertTrue(payout.settle(null, NOW), "the provider's word applies to a held payout");
  }

  @Test
  void aReturnWithoutAReasonGetsOneAndLongReasonsAreCut() {
    Payout payout = requested();
    payout.returned(" ", NOW);
    assertNotNull(payout.reason());
    Payout other = requested();
    other.returned("x".repeat(900), NOW);
    assertEquals(Payout.REASON_MAX, other.reason().length());
  }

  @Test
  void nothingLeavesAFinalStatusAndNothingIsRequestedForZero() {
    for (PayoutStatus status : EnumSet.of(PayoutStatus.SETTLED, PayoutStatus.RETURNED)) {
      assertTrue(status.isFinal());
      for (PayoutStatus to : PayoutStatus.values()) {
        assertFalse(status.canMoveTo(to), status + " -> " + to);
      }
    }
    assertFalse(PayoutStatus.SUBMITTED.canMoveTo(PayoutStatus.REQUESTED));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            Payout.request(
                UUID.randomUUID(),
                Money.zero(Currency.getInstance("EUR")),
                "bank",
                "IBAN",
                null,
                "k",
                NOW));
  }
}
