package com.vita.platform.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vita.platform.ratelimit.RequestLimiter.Verdict;
import java.security.Principal;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RequestLimiterTest {

  private final ManualClock clock = new ManualClock();
  private final CountingMetrics metrics = new CountingMetrics();
  private final RequestLimiter limiter =
      new RequestLimiter(
          new RateLimitCounter(new InProcessRateLimitStore(clock), metrics, clock),
          metrics,
          100,
          900);

  @Test
  void anonymousRequestsCountDownPerAddressAndTheHundredAndFirstIsRefused() {
    assertEquals(Optional.of(new Verdict(100, 99, 900, true)), limiter.count(null, "203.0.113.9"));
    clock.advance(Duration.ofSeconds(60));
    for (int i = 2; i < 100; i++) {
      limiter.count(null, "203.0.113.9");
    }
    assertEquals(Optional.of(new Verdict(100, 0, 840, true)), limiter.count(null, "203.0.113.9"));
    assertEquals(Optional.of(new Verdict(100, 0, 840, false)), limiter.count(null, "203.0.113.9"));
    assertEquals(Map.of("ip", 1), metrics.exceeded);

    assertEquals(Optional.of(new Verdict(100, 99, 900, true)), limiter.count(null, "203.0.113.10"));
  }

  @Test
  void anAuthenticatedUserIsCountedAcrossAddressesAndApartFromOthersOnTheSameAddress() {
    Principal ana = () -> "ana";
    for (int i = 0; i < 50; i++) {
      limiter.count(ana, "203.0.113.9");
      limiter.count(ana, "198.51.100.7");
    }
    assertEquals(false, limiter.count(ana, "192.0.2.1").orElseThrow().allowed());
    assertEquals(Map.of("user", 1), metrics.exceeded);

    assertEquals(99, limiter.count(() -> "bea", "203.0.113.9").orElseThrow().remaining());
    assertEquals(99, limiter.count(null, "203.0.113.9").orElseThrow().remaining());
  }

  @Test
  void theBudgetIsWholeAgainInTheNextWindow() {
    for (int i = 0; i < 101; i++) {
      limiter.count(null, "203.0.113.9");
    }
    clock.advance(Duration.ofSeconds(900));
    assertTrue(limiter.count(null, "203.0.113.9").orElseThrow().allowed());
  }

  @Test
  void whenTheStoreFailsTheRequestGoesThroughUncounted() {
    RequestLimiter failingOpen =
        new RequestLimiter(
            new RateLimitCounter(new UnavailableStore(), metrics, clock), metrics, 100, 900);
    assertEquals(Optional.empty(), failingOpen.count(null, "203.0.113.9"));
    assertEquals(1, metrics.storeErrors);
  }
}
