package com.vita.kyb.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReminderPolicyTest {

  private final Instant now = Instant.parse("2026-11-25T12:00:00Z");
  private final ReminderPolicy policy = ReminderPolicy.ofDays(3, 2, 5, 3);

  @Test
  void eachCutOffIsItsPeriodBeforeNow() {
    assertEquals(Instant.parse("2026-11-22T12:00:00Z"), policy.ownerDueIfWaitingSince(now));
    assertEquals(Instant.parse("2026-11-23T12:00:00Z"), policy.reviewDueIfWaitingSince(now));
    assertEquals(Instant.parse("2026-11-20T12:00:00Z"), policy.tooRecentAfter(now));
  }

  @Test
  void periodsMustBePositiveAndAtLeastOneReminderAllowed() {
    assertThrows(IllegalArgumentException.class, () -> ReminderPolicy.ofDays(0, 2, 3, 3));
    assertThrows(IllegalArgumentException.class, () -> ReminderPolicy.ofDays(3, -1, 3, 3));
    assertThrows(
        IllegalArgumentException.class,
        () -> new ReminderPolicy(Duration.ofDays(1), Duration.ofDays(1), null, 3));
    assertThrows(IllegalArgumentException.class, () -> ReminderPolicy.ofDays(3, 2, 3, 0));
  }
}
