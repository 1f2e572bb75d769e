package com.vita.platform.ratelimit;

import com.vita.platform.cache.RedisConnection;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The limits' one way to their store: Redis when {@code REDIS_URL} is configured, in process
 * otherwise. A failing store fails open (see the package documentation): the call answers empty, is
 * counted in {@code rate_limit_store_errors_total} and logged at most once per 30 seconds.
 */
@ApplicationScoped
public class RateLimitCounter {

  static final long WARN_EVERY_MILLIS = 30_000;
  private static final System.Logger LOG = System.getLogger(RateLimitCounter.class.getName());

  @Inject RedisConnection redis;
  @Inject RateLimitMetrics metrics;

  private RateLimitStore store;
  private LongSupplier clockMillis = () -> System.nanoTime() / 1_000_000;
  private final AtomicLong nextWarning = new AtomicLong(Long.MIN_VALUE);

  public RateLimitCounter() {}

  RateLimitCounter(RateLimitStore store, RateLimitMetrics metrics, LongSupplier clockMillis) {
    this.store = store;
    this.metrics = metrics;
    this.clockMillis = clockMillis;
  }

  @PostConstruct
  void chooseStore() {
    store =
        redis
            .client()
            .<RateLimitStore>map(RedisRateLimitStore::new)
            .orElseGet(InProcessRateLimitStore::new);
  }

  /** Counts a hit on the key; empty when the store failed and the hit goes uncounted. */
  public Optional<Window> hit(String key, Duration window) {
    return failingOpen(() -> store.hit(key, window));
  }

  /** Counts a hit and restarts the key's window from now; empty when the store failed. */
  public Optional<Window> hitExtending(String key, Duration window) {
    return failingOpen(() -> store.hitExtending(key, window));
  }

  /** The key's open window; empty when the store failed. */
  public Optional<Window> current(String key) {
    return failingOpen(() -> store.current(key));
  }

  private Optional<Window> failingOpen(Supplier<Window> call) {
    try {
      return Optional.of(call.get());
    } catch (RuntimeException e) {
      metrics.storeError();
      warnNowAndThen(e);
      return Optional.empty();
    }
  }

  private void warnNowAndThen(RuntimeException e) {
    long now = clockMillis.getAsLong();
    long due = nextWarning.get();
    if ((due == Long.MIN_VALUE || now >= due)
        && nextWarning.compareAndSet(due, now + WARN_EVERY_MILLIS)) {
      LOG.log(
          System.Logger.Level.WARNING,
          "Rate-limit store failed, requests go through unlimited until it is back"
              + " (logged at most every 30 s; see rate_limit_store_errors_total): {0}",
          e.toString());
    }
  }
}
