package com.vita.platform.ratelimit;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Counts in this JVM, for a VITA without Redis. Ended windows are swept out at most every few
 * seconds, so memory holds only the keys seen within one window.
 */
final class InProcessRateLimitStore implements RateLimitStore {

  static final long SWEEP_EVERY_MILLIS = 10_000;

  private record Entry(long count, long endsAt) {}

  private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
  private final LongSupplier clockMillis;
  private final AtomicLong nextSweep;

  InProcessRateLimitStore() {
    // Monotonic: a wall-clock step must not end or stretch windows.
    this(() -> System.nanoTime() / 1_000_000);
  }

  InProcessRateLimitStore(LongSupplier clockMillis) {
    this.clockMillis = clockMillis;
    this.nextSweep = new AtomicLong(clockMillis.getAsLong() + SWEEP_EVERY_MILLIS);
  }

  @Override
  public Window hit(String key, Duration window) {
    long now = clockMillis.getAsLong();
    sweepIfDue(now);
    Entry entry =
        entries.compute(
            key,
            (k, open) ->
                open == null || open.endsAt() <= now
                    ? new Entry(1, now + window.toMillis())
                    : new Entry(open.count() + 1, open.endsAt()));
    return new Window(entry.count(), entry.endsAt() - now);
  }

  @Override
  public Window hitExtending(String key, Duration window) {
    long now = clockMillis.getAsLong();
    sweepIfDue(now);
    long endsAt = now + window.toMillis();
    Entry entry =
        entries.compute(
            key,
            (k, open) ->
                new Entry(open == null || open.endsAt() <= now ? 1 : open.count() + 1, endsAt));
    return new Window(entry.count(), entry.endsAt() - now);
  }

  @Override
  public Window current(String key) {
    long now = clockMillis.getAsLong();
    Entry entry = entries.get(key);
    return entry == null || entry.endsAt() <= now
        ? Window.NONE
        : new Window(entry.count(), entry.endsAt() - now);
  }

  /** Keys held, ended windows included until the next sweep. */
  int size() {
    return entries.size();
  }

  private void sweepIfDue(long now) {
    long due = nextSweep.get();
    if (now >= due && nextSweep.compareAndSet(due, now + SWEEP_EVERY_MILLIS)) {
      // Removes an entry only if it is still the ended one, never a window opened meanwhile.
      entries.values().removeIf(entry -> entry.endsAt() <= now);
    }
  }
}
