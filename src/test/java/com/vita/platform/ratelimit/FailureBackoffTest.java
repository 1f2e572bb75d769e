package com.vita.platform.ratelimit;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The backoff's arithmetic, and the backoff on the in-process store with a controlled clock. */
class FailureBackoffTest {

  private final ManualClock clock = new ManualClock();
  private final CountingMetrics metrics = new CountingMetrics();
  private final FailureBackoff backoff =
      new FailureBackoff(
          new RateLimitCounter(new InProcessRateLimitStore(clock), metrics, clock),
          metrics,
          10,
          300,
          900);

  @Test
  void noDelayBeforeTheThresholdThenDoublingFromTwoSecondsUpToTheCap() {
    assertEquals(0, FailureBackoff.delaySeconds(0, 10, 300));
    assertEquals(0, FailureBackoff.delaySeconds(9, 10, 300));
    assertEquals(2, FailureBackoff.delaySeconds(10, 10, 300));
    assertEquals(4, FailureBackoff.delaySeconds(11, 10, 300));
    assertEquals(8, FailureBackoff.delaySeconds(12, 10, 300));
    assertEquals(256, FailureBackoff.delaySeconds(17, 10, 300));
    assertEquals(300, FailureBackoff.delaySeconds(18, 10, 300));
    assertEquals(300, FailureBackoff.delaySeconds(70, 10, 300)); // 2^61 s would overflow millis
    assertEquals(300, FailureBackoff.delaySeconds(Long.MAX_VALUE, 10, 300));
    assertEquals(2, FailureBackoff.delaySeconds(1, 1, 300));
  }

  @Test
  void theWaitIsTheDelayLessTheTimeSinceTheLastFailure() {
    long window = 900_000;
    // 11 failures: 4 s from the last one; the last one was 1.5 s ago
    assertEquals(2_500, FailureBackoff.waitMillis(new Window(11, window - 1_500), window, 10, 300));
    assertEquals(0, FailureBackoff.waitMillis(new Window(11, window - 4_000), window, 10, 300));
    assertEquals(0, FailureBackoff.waitMillis(new Window(9, window), window, 10, 300));
    assertEquals(0, FailureBackoff.waitMillis(Window.NONE, window, 10, 300));
  }

  @Test
  void eachFailureBeyondTheThresholdDoublesTheWaitUntilTheCap() {
    for (int i = 0; i < 9; i++) {
      backoff.ensureAllowed("login", "account:ana");
      backoff.recordFailure("login", "account:ana");
    }
    assertDoesNotThrow(() -> backoff.ensureAllowed("login", "account:ana"));
    long expected = 2;
    for (int failures = 10; failures <= 20; failures++) {
      backoff.recordFailure("login", "account:ana");
      long wait = Math.min(300, expected);
      TooManyRequestsProblem refused =
          assertThrows(
              TooManyRequestsProblem.class, () -> backoff.ensureAllowed("login", "account:ana"));
      assertEquals(wait, refused.retryAfterSeconds(), "after " + failures + " failures");
      clock.advance(Duration.ofSeconds(wait).minusMillis(1));
      assertThrows(
          TooManyRequestsProblem.class, () -> backoff.ensureAllowed("login", "account:ana"));
      clock.advance(Duration.ofMillis(1));
      assertDoesNotThrow(() -> backoff.ensureAllowed("login", "account:ana"));
      expected *= 2;
    }
    assertEquals(Map.of("backoff", 22), metrics.exceeded);
    assertDoesNotThrow(() -> backoff.ensureAllowed("login", "account:bea"));
    assertDoesNotThrow(() -> backoff.ensureAllowed("reset-password", "account:ana"));
  }

  @Test
  void theCountEndsAfterAQuietWindowNotAfterTheFirstFailuresWindow() {
    for (int i = 0; i < 10; i++) {
      backoff.recordFailure("login", "account:ana");
      clock.advance(Duration.ofMinutes(2)); // 20 minutes of failures, each within 15 of the last
    }
    assertThrows(
        TooManyRequestsProblem.class,
        () -> {
          backoff.recordFailure("login", "account:ana");
          backoff.ensureAllowed("login", "account:ana");
        });
    clock.advance(Duration.ofMinutes(15));
    backoff.recordFailure("login", "account:ana"); // the first of a new count
    assertDoesNotThrow(() -> backoff.ensureAllowed("login", "account:ana"));
  }

  @Test
  void aStoreThatFailsLetsTheAttemptThrough() {
    FailureBackoff failingOpen =
        new FailureBackoff(
            new RateLimitCounter(new UnavailableStore(), metrics, clock), metrics, 1, 300, 900);
    failingOpen.recordFailure("login", "account:ana");
    failingOpen.recordFailure("login", "account:ana");
    assertDoesNotThrow(() -> failingOpen.ensureAllowed("login", "account:ana"));
  }
}
