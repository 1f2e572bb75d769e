package com.vita.platform.concurrency;

import com.vita.platform.problems.UnavailableProblem;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * At most {@code slots} callers run the work at once, in arrival order; up to {@code queue} more
 * wait, each at most {@code waitMillis} for a slot; the rest, and those that waited too long, get
 * 503 problem+json with {@code Retry-After} at once. For work that would otherwise pile up on a
 * scarcer resource (cores for bcrypt, pooled connections for a checkout) and fail there less
 * clearly.
 */
public final class Admission {

  private final String what;
  private final Semaphore slots;
  private final int admissible;
  private final long waitMillis;
  private final AtomicInteger admitted = new AtomicInteger();

  /**
   * @param what the work, plural, for the 503's detail ("password checks", "checkouts")
   * @throws IllegalArgumentException when slots is below 1 or queue or waitMillis below 0
   */
  public Admission(String what, int slots, int queue, long waitMillis) {
    if (slots < 1 || queue < 0 || waitMillis < 0) {
      throw new IllegalArgumentException(
          "an admission needs at least 1 slot, a queue and a wait of at least 0");
    }
    this.what = what;
    this.slots = new Semaphore(slots, true);
    this.admissible = slots + queue;
    this.waitMillis = waitMillis;
  }

  /**
   * Runs the work in a slot.
   *
   * @throws UnavailableProblem 503 when too many are running or waiting, or no slot came in time
   */
  public <T> T run(Supplier<T> work) {
    if (admitted.incrementAndGet() > admissible) {
      admitted.decrementAndGet();
      throw busy();
    }
    try {
      if (!slots.tryAcquire(waitMillis, TimeUnit.MILLISECONDS)) {
        throw busy();
      }
      try {
        return work.get();
      } finally {
        slots.release();
      }
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw busy();
    } finally {
      admitted.decrementAndGet();
    }
  }

  private UnavailableProblem busy() {
    return new UnavailableProblem(
        "Too many " + what + " at once; try again shortly", Math.max(1, (waitMillis + 999) / 1000));
  }
}
