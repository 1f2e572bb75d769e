package com.vita.platform.ratelimit;

import java.time.Duration;

/**
 * Hit counts per key in fixed windows, each starting with its key's first hit. Two implementations:
 * Redis, shared by every instance, and in process for a single instance.
 */
interface RateLimitStore {

  /** Counts one hit on the key, opening a window of the given length if none is open. */
  Window hit(String key, Duration window);

  /**
   * Counts one hit on the key and restarts its window from now: the count lasts until a whole
   * window passes without a hit, and the window's remaining time tells how long ago the last hit
   * was (a failure backoff).
   */
  Window hitExtending(String key, Duration window);

  /** The key's open window without counting a hit; {@link Window#NONE} when none is open. */
  Window current(String key);
}
