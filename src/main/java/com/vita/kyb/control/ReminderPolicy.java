package com.vita.kyb.control;

import java.time.Duration;
import java.time.Instant;

/**
 * When a waiting case is due a reminder: the owner after {@code ownerAfter} in draft or
 * more_info_requested, the admins after {@code reviewAfter} in submitted or in_review; never twice
 * about one case within {@code repeatEvery}, and the owner at most {@code maxPerStatus} times for
 * one stay in a status (after that the case is left alone until it moves).
 */
public record ReminderPolicy(
    Duration ownerAfter, Duration reviewAfter, Duration repeatEvery, int maxPerStatus) {

  public ReminderPolicy {
    for (Duration d : new Duration[] {ownerAfter, reviewAfter, repeatEvery}) {
      if (d == null || d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException("KYB reminder periods must be positive, got " + d);
      }
    }
    if (maxPerStatus < 1) {
      throw new IllegalArgumentException("kyb.reminders.max-per-status must be at least 1");
    }
  }

  public static ReminderPolicy ofDays(
      int ownerAfterDays, int reviewAfterDays, int repeatDays, int maxPerStatus) {
    return new ReminderPolicy(
        Duration.ofDays(ownerAfterDays),
        Duration.ofDays(reviewAfterDays),
        Duration.ofDays(repeatDays),
        maxPerStatus);
  }

  /** Owner cases in their status since this instant or earlier are due. */
  public Instant ownerDueIfWaitingSince(Instant now) {
    return now.minus(ownerAfter);
  }

  /** Cases awaiting an admin since this instant or earlier are due. */
  public Instant reviewDueIfWaitingSince(Instant now) {
    return now.minus(reviewAfter);
  }

  /** A reminder sent after this instant is too recent for another one. */
  public Instant tooRecentAfter(Instant now) {
    return now.minus(repeatEvery);
  }
}
