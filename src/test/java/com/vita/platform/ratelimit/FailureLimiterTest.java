package com.vita.platform.ratelimit;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.vita.platform.problems.ProblemType;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** FailureLimiter on the in-process store; RedisRateLimitStoreIT runs it on Redis. */
class FailureLimiterTest {

  private final ManualClock clock = new ManualClock();
  private final CountingMetrics metrics = new CountingMetrics();
  private final FailureLimiter limiter =
      new FailureLimiter(
          new RateLimitCounter(new InProcessRateLimitStore(clock), metrics, clock),
          metrics,
          5,
          900);

  @Test
  void theSixthAttemptAfterFiveFailuresIsRefusedUntilTheWindowEnds() {
    for (int i = 0; i < 5; i++) {
      limiter.ensureAllowed("login", "ana@example.com");
      limiter.recordFailure("login", "ana@example.com");
    }
    clock.advance(Duration.ofMinutes(5));

    TooManyRequestsProblem refused =
        assertThrows(
            TooManyRequestsProblem.class, () -> limiter.ensureAllowed("login", "ana@example.com"));
    assertEquals(ProblemType.TOO_MANY_REQUESTS, refused.type());
    assertEquals(600, refused.retryAfterSeconds());
    assertEquals(Map.of("Retry-After", "600"), refused.headers());
    assertEquals(Map.of("sensitive", 1), metrics.exceeded);

    clock.advance(Duration.ofMinutes(10));
    assertDoesNotThrow(() -> limiter.ensureAllowed("login", "ana@example.com"));
  }

  @Test
  void checkingCostsNothing() {
    for (int i = 0; i < 50; i++) {
      limiter.ensureAllowed("login", "ana@example.com");
    }
    for (int i = 0; i < 4; i++) {
      limiter.recordFailure("login", "ana@example.com");
    }
    assertDoesNotThrow(() -> limiter.ensureAllowed("login", "ana@example.com"));
  }

  @Test
  void eachActionAndKeyHasItsOwnBudget() {
    for (int i = 0; i < 5; i++) {
      limiter.recordFailure("login", "ana@example.com");
    }
    assertThrows(
        TooManyRequestsProblem.class, () -> limiter.ensureAllowed("login", "ana@example.com"));
    assertDoesNotThrow(() -> limiter.ensureAllowed("login", "bea@example.com"));
    assertDoesNotThrow(() -> limiter.ensureAllowed("reset-password", "ana@example.com"));
  }

  @Test
  void aStoreThatFailsLetsTheAttemptThrough() {
    FailureLimiter failingOpen =
        new FailureLimiter(
            new RateLimitCounter(new UnavailableStore(), metrics, clock), metrics, 5, 900);
    for (int i = 0; i < 10; i++) {
      failingOpen.recordFailure("login", "ana@example.com");
      assertDoesNotThrow(() -> failingOpen.ensureAllowed("login", "ana@example.com"));
    }
    assertEquals(20, metrics.storeErrors);
  }
}
