package com.vita.platform.ratelimit;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vita.devstack.EmbeddedRedis;
import com.vita.devstack.FreePort;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisPooled;

/** The Redis store against a real Redis, without a server in front of it. */
class RedisRateLimitStoreIT {

  private static final Duration WINDOW = Duration.ofMinutes(15);

  private static EmbeddedRedis redis;
  private static JedisPooled clientA;
  private static JedisPooled clientB;

  private final String key = "test:" + UUID.randomUUID();

  @BeforeAll
  static void startRedis() {
    redis = EmbeddedRedis.start(0);
    clientA = new JedisPooled(redis.host(), redis.port());
    clientB = new JedisPooled(redis.host(), redis.port());
  }

  @AfterAll
  static void stopRedis() {
    clientA.close();
    clientB.close();
    redis.close();
  }

  @Test
  void twoStoresOnOneRedisCountEachHitExactlyOnceUnderContention() throws Exception {
    // Two stores stand for two VITA instances.
    List<RedisRateLimitStore> stores =
        List.of(new RedisRateLimitStore(clientA), new RedisRateLimitStore(clientB));
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Long>> hits = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        RedisRateLimitStore store = stores.get(i % 2);
        hits.add(() -> store.hit(key, WINDOW).count());
      }
      Set<Long> counts = new TreeSet<>();
      for (Future<Long> count : threads.invokeAll(hits)) {
        counts.add(count.get());
      }
      assertEquals(LongStream.rangeClosed(1, 200).boxed().collect(Collectors.toSet()), counts);
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void theWindowStartsWithTheFirstHitAndLaterHitsDoNotStretchIt() throws Exception {
    RedisRateLimitStore store = new RedisRateLimitStore(clientA);
    Window first = store.hit(key, WINDOW);
    assertEquals(1, first.count());
    assertTrue(first.millisToReset() > WINDOW.toMillis() - 1000, first::toString);
    Thread.sleep(50);
    Window second = store.hit(key, WINDOW);
    assertEquals(2, second.count());
    assertTrue(second.millisToReset() < first.millisToReset(), second::toString);
  }

  @Test
  void aNewWindowOpensOnceTheLastHasExpired() throws Exception {
    RedisRateLimitStore store = new RedisRateLimitStore(clientA);
    store.hit(key, Duration.ofMillis(200));
    assertEquals(2, store.hit(key, Duration.ofMillis(200)).count());
    Thread.sleep(300);
    assertEquals(Window.NONE, store.current(key));
    assertEquals(1, store.hit(key, Duration.ofMillis(200)).count());
  }

  @Test
  void currentReadsWithoutCountingOrCreatingTheKey() {
    RedisRateLimitStore store = new RedisRateLimitStore(clientA);
    assertEquals(Window.NONE, store.current(key));
    assertNull(clientA.get(RedisRateLimitStore.KEY_PREFIX + key));
    store.hit(key, WINDOW);
    Window current = store.current(key);
    assertEquals(1, current.count());
    assertTrue(current.millisToReset() > 0 && current.millisToReset() <= WINDOW.toMillis());
    assertEquals(1, store.current(key).count());
  }

  @Test
  void aRedisThatForgotTheScriptIsGivenItAgain() {
    RedisRateLimitStore store = new RedisRateLimitStore(clientA);
    store.hit(key, WINDOW);
    clientA.scriptFlush();
    assertEquals(2, store.hit(key, WINDOW).count());
    assertEquals(3, store.hit(key, WINDOW).count());
  }

  @Test
  void aKeyThatLostItsExpiryGetsOneBack() {
    clientA.set(RedisRateLimitStore.KEY_PREFIX + key, "7");
    Window window = new RedisRateLimitStore(clientA).hit(key, WINDOW);
    assertEquals(8, window.count());
    assertTrue(clientA.pttl(RedisRateLimitStore.KEY_PREFIX + key) > 0);
  }

  @Test
  void failureLimitsAreSharedThroughRedis() {
    CountingMetrics metrics = new CountingMetrics();
    FailureLimiter instanceA = failureLimiter(new RedisRateLimitStore(clientA), metrics);
    FailureLimiter instanceB = failureLimiter(new RedisRateLimitStore(clientB), metrics);
    FailureLimiter.Attempt attempt = new FailureLimiter.Attempt("login", "203.0.113.1", key);
    for (int i = 0; i < 5; i++) {
      (i % 2 == 0 ? instanceA : instanceB).ensureAllowed(attempt);
      (i % 2 == 0 ? instanceA : instanceB).recordFailure(attempt);
    }
    TooManyRequestsProblem refused =
        assertThrows(TooManyRequestsProblem.class, () -> instanceB.ensureAllowed(attempt));
    assertTrue(
        refused.retryAfterSeconds() > 890 && refused.retryAfterSeconds() <= 900,
        () -> "retry after " + refused.retryAfterSeconds());
    assertThrows(TooManyRequestsProblem.class, () -> instanceA.ensureAllowed(attempt));
    assertDoesNotThrow(
        () -> instanceA.ensureAllowed(new FailureLimiter.Attempt("login", "203.0.113.2", key)));
    assertDoesNotThrow(
        () ->
            instanceA.ensureAllowed(
                new FailureLimiter.Attempt("forgot-password", "203.0.113.1", key)));
  }

  @Test
  void anExtendingHitRestartsTheWindowEachTime() throws Exception {
    RedisRateLimitStore store = new RedisRateLimitStore(clientA);
    assertEquals(new Window(1, 300), store.hitExtending(key, Duration.ofMillis(300)));
    Thread.sleep(200);
    assertEquals(new Window(2, 300), store.hitExtending(key, Duration.ofMillis(300)));
    Thread.sleep(200); // 400 ms after the first hit, 200 after the last: still counted
    assertEquals(2, store.current(key).count());
    Thread.sleep(250);
    assertEquals(Window.NONE, store.current(key));
    clientA.scriptFlush();
    assertEquals(1, store.hitExtending(key, WINDOW).count());
  }

  @Test
  void theBackoffIsSharedThroughRedis() {
    CountingMetrics metrics = new CountingMetrics();
    FailureBackoff instanceA = backoff(new RedisRateLimitStore(clientA), metrics);
    FailureBackoff instanceB = backoff(new RedisRateLimitStore(clientB), metrics);
    for (int i = 0; i < 3; i++) {
      (i % 2 == 0 ? instanceA : instanceB).ensureAllowed("login", key);
      (i % 2 == 0 ? instanceA : instanceB).recordFailure("login", key);
    }
    TooManyRequestsProblem refused =
        assertThrows(TooManyRequestsProblem.class, () -> instanceB.ensureAllowed("login", key));
    assertEquals(2, refused.retryAfterSeconds()); // the third failure: 2^1 s
    assertThrows(TooManyRequestsProblem.class, () -> instanceA.ensureAllowed("login", key));
  }

  @Test
  void anUnreachableRedisFailsOpen() {
    CountingMetrics metrics = new CountingMetrics();
    try (JedisPooled nowhere = new JedisPooled(new HostAndPort("127.0.0.1", FreePort.find()))) {
      RateLimitCounter counter =
          new RateLimitCounter(
              new RedisRateLimitStore(nowhere), metrics, () -> System.nanoTime() / 1_000_000);
      assertEquals(Optional.empty(), counter.hit(key, WINDOW));
      assertEquals(Optional.empty(), counter.current(key));
    }
    assertEquals(2, metrics.storeErrors);
  }

  private static FailureLimiter failureLimiter(RateLimitStore store, CountingMetrics metrics) {
    return new FailureLimiter(
        new RateLimitCounter(store, metrics, System::currentTimeMillis), metrics, 5, 20, 900);
  }

  private static FailureBackoff backoff(RateLimitStore store, CountingMetrics metrics) {
    return new FailureBackoff(
        new RateLimitCounter(store, metrics, System::currentTimeMillis), metrics, 3, 300, 900);
  }
}
