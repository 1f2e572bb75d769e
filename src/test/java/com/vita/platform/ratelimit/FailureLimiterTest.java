package com.vita.platform.ratelimit;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vita.platform.problems.ProblemType;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** FailureLimiter on the in-process store; RedisRateLimitStoreIT runs it on Redis. */
class FailureLimiterTest {

  private static final String ANA = "account:ana";

  private final ManualClock clock = new ManualClock();
  private final CountingMetrics metrics = new CountingMetrics();
  private final FailureLimiter limiter =
      new FailureLimiter(
          new RateLimitCounter(new InProcessRateLimitStore(clock), metrics, clock),
          metrics,
          5,
          8,
          900);

  private static FailureLimiter.Attempt login(String client, String account) {
    return new FailureLimiter.Attempt("login", client, account);
  }

  @Test
  void theSixthAttemptForAnAccountFromOneAddressIsRefusedUntilTheWindowEnds() {
    for (int i = 0; i < 5; i++) {
      limiter.ensureAllowed(login("203.0.113.1", ANA));
      limiter.recordFailure(login("203.0.113.1", ANA));
    }
    clock.advance(Duration.ofMinutes(5));

    TooManyRequestsProblem refused =
        assertThrows(
            TooManyRequestsProblem.class, () -> limiter.ensureAllowed(login("203.0.113.1", ANA)));
    assertEquals(ProblemType.TOO_MANY_REQUESTS, refused.type());
    assertEquals(600, refused.retryAfterSeconds());
    assertEquals(Map.of("Retry-After", "600"), refused.headers());
    assertEquals(Map.of("sensitive", 1), metrics.exceeded);

    clock.advance(Duration.ofMinutes(10));
    assertDoesNotThrow(() -> limiter.ensureAllowed(login("203.0.113.1", ANA)));
  }

  @Test
  void failuresFromOneAddressDoNotRefuseTheAccountFromAnother() {
    for (int i = 0; i < 5; i++) {
      limiter.recordFailure(login("203.0.113.1", ANA));
    }
    assertThrows(
        TooManyRequestsProblem.class, () -> limiter.ensureAllowed(login("203.0.113.1", ANA)));
    assertDoesNotThrow(() -> limiter.ensureAllowed(login("198.51.100.7", ANA)));
  }

  @Test
  void anAddressGuessingManyAccountsIsRefusedAtTheAddressLimit() {
    for (int i = 0; i < 8; i++) {
      limiter.ensureAllowed(login("203.0.113.1", "account:" + i));
      limiter.recordFailure(login("203.0.113.1", "account:" + i));
    }
    assertThrows(
        TooManyRequestsProblem.class,
        () -> limiter.ensureAllowed(login("203.0.113.1", "account:fresh")));
    assertDoesNotThrow(() -> limiter.ensureAllowed(login("203.0.113.2", "account:fresh")));
  }

  @Test
  void anAttemptNamingNoAccountIsHeldToTheSmallerLimitPerAddress() {
    FailureLimiter.Attempt reset =
        new FailureLimiter.Attempt("reset-password", "203.0.113.1", null);
    for (int i = 0; i < 5; i++) {
      limiter.ensureAllowed(reset);
      limiter.recordFailure(reset);
    }
    assertThrows(TooManyRequestsProblem.class, () -> limiter.ensureAllowed(reset));
  }

  @Test
  void checkingCostsNothing() {
    for (int i = 0; i < 50; i++) {
      limiter.ensureAllowed(login("203.0.113.1", ANA));
    }
    for (int i = 0; i < 4; i++) {
      limiter.recordFailure(login("203.0.113.1", ANA));
    }
    assertDoesNotThrow(() -> limiter.ensureAllowed(login("203.0.113.1", ANA)));
  }

  @Test
  void eachActionHasItsOwnBudget() {
    for (int i = 0; i < 5; i++) {
      limiter.recordFailure(login("203.0.113.1", ANA));
    }
    assertDoesNotThrow(
        () ->
            limiter.ensureAllowed(
                new FailureLimiter.Attempt("forgot-password", "203.0.113.1", ANA)));
  }

  @Test
  void anAllowanceIsSpentOncePerCallAndRenewedWithTheWindow() {
    assertTrue(limiter.spend("mail", ANA, 2));
    assertTrue(limiter.spend("mail", ANA, 2));
    assertFalse(limiter.spend("mail", ANA, 2));
    assertFalse(limiter.spend("mail", ANA, 2));
    assertTrue(limiter.spend("mail", "account:bea", 2));
    assertEquals(Map.of("allowance", 2), metrics.exceeded);
    clock.advance(Duration.ofMinutes(15));
    assertTrue(limiter.spend("mail", ANA, 2));
  }

  @Test
  void aStoreThatFailsLetsTheAttemptThrough() {
    FailureLimiter failingOpen =
        new FailureLimiter(
            new RateLimitCounter(new UnavailableStore(), metrics, clock), metrics, 5, 8, 900);
    for (int i = 0; i < 10; i++) {
      failingOpen.recordFailure(login("203.0.113.1", ANA));
      assertDoesNotThrow(() -> failingOpen.ensureAllowed(login("203.0.113.1", ANA)));
      assertTrue(failingOpen.spend("mail", ANA, 1));
    }
    assertEquals(50, metrics.storeErrors);
  }
}
