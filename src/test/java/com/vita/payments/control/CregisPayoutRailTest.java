package com.vita.payments.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** How Cregis' payout callback statuses become payout outcomes. */
class CregisPayoutRailTest {

  final UUID payout = UUID.randomUUID();

  @Test
  void statusSixSettles() {
    PayoutOutcome outcome = CregisPayoutRail.outcomeOf(6, payout, "77", "ab").orElseThrow();
    assertTrue(outcome.settled());
    assertEquals(payout, outcome.payoutId());
    assertEquals("cregis", outcome.rail());
    assertEquals("77", outcome.providerRef());
  }

  @Test
  void rejectionsAndFailuresFailWithTheirReason() {
    for (int status : new int[] {2, 4, 7}) {
      PayoutOutcome outcome = CregisPayoutRail.outcomeOf(status, payout, "77", "ab").orElseThrow();
      assertFalse(outcome.settled());
      assertTrue(outcome.reason().contains("status " + status), outcome.reason());
    }
  }

  @Test
  void otherStatusesAreNoEnd() {
    assertEquals(Optional.empty(), CregisPayoutRail.outcomeOf(0, payout, "77", null));
    assertEquals(Optional.empty(), CregisPayoutRail.outcomeOf(5, payout, "77", null));
  }

  @Test
  void thePayoutIdTravelsAsThirtyTwoHexDigitsAndBack() {
    String third = CregisPayoutRail.thirdPartyId(payout);
    assertEquals(32, third.length());
    assertEquals(Optional.of(payout), CregisPayoutRail.payoutIdOf(third));
    assertEquals(Optional.empty(), CregisPayoutRail.payoutIdOf("not-ours"));
    assertEquals(Optional.empty(), CregisPayoutRail.payoutIdOf(null));
  }
}
