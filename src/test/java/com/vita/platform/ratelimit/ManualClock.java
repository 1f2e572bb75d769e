package com.vita.platform.ratelimit;

import java.time.Duration;
import java.util.function.LongSupplier;

/** Milliseconds that pass only when a test says so. */
class ManualClock implements LongSupplier {

  private long millis = 1_000_000;

  @Override
  public long getAsLong() {
    return millis;
  }

  void advance(Duration duration) {
    millis += duration.toMillis();
  }
}
