package com.vita.platform.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One account's answer to failures from many addresses (credential stuffing): its first {@code
 * ratelimit.sensitive.backoff-after} failures, from any addresses, cost nothing; after that each
 * further attempt must come at least 2^k seconds after the last failure, k = failures − threshold +
 * 1 (2 s, 4 s, 8 s, ...), at most {@code ratelimit.sensitive.backoff-max-seconds}; earlier ones get
 * 429 with {@code Retry-After} before any password is checked. The count lasts until a whole {@code
 * ratelimit.sensitive.window-seconds} passes without a failure.
 *
 * <p>Unlike a lock-out, the owner is never refused for longer than one backoff step, and a
 * threshold above the per-address limit ({@link FailureLimiter}) means one address alone never
 * starts it. A guesser with many addresses gets about a dozen more guesses per hour instead of
 * thousands.
 */
@ApplicationScoped
public class FailureBackoff {

  static final String SCOPE = "backoff";

  @Inject
  @ConfigProperty(name = "ratelimit.sensitive.backoff-after", defaultValue = "10")
  int after;

  @Inject
  @ConfigProperty(name = "ratelimit.sensitive.backoff-max-seconds", defaultValue = "300")
  long maxSeconds;

  @Inject
  @ConfigProperty(name = "ratelimit.sensitive.window-seconds", defaultValue = "900")
  long windowSeconds;

  @Inject RateLimitCounter counter;
  @Inject RateLimitMetrics metrics;

  public FailureBackoff() {}

  FailureBackoff(
      RateLimitCounter counter,
      RateLimitMetrics metrics,
      int after,
      long maxSeconds,
      long windowSeconds) {
    this.counter = counter;
    this.metrics = metrics;
    this.after = after;
    this.maxSeconds = maxSeconds;
    this.windowSeconds = windowSeconds;
  }

  /**
   * Seconds an attempt must come after the last of {@code failures}: 0, then 2, 4, 8, ... capped.
   */
  static long delaySeconds(long failures, int after, long maxSeconds) {
    if (failures < after) {
      return 0;
    }
    long exponent = failures - after + 1;
    return exponent >= Long.SIZE - 2 ? maxSeconds : Math.min(maxSeconds, 1L << exponent);
  }

  /**
   * Milliseconds still to wait, for a count whose window restarts at each failure: the time since
   * the last failure is the window's length less what is left of it.
   */
  static long waitMillis(Window failures, long windowMillis, int after, long maxSeconds) {
    long delay = delaySeconds(failures.count(), after, maxSeconds) * 1000;
    long sinceLastFailure = windowMillis - failures.millisToReset();
    return Math.max(0, delay - sinceLastFailure);
  }

  /**
   * @throws TooManyRequestsProblem when the account's last failure was too recent
   */
  public void ensureAllowed(String action, String account) {
    Window failures = counter.current(keyOf(action, account)).orElse(Window.NONE);
    long wait = waitMillis(failures, windowSeconds * 1000, after, maxSeconds);
    if (wait > 0) {
      metrics.exceeded(SCOPE);
      throw new TooManyRequestsProblem(new Window(0, wait).secondsToReset());
    }
  }

  public void recordFailure(String action, String account) {
    counter.hitExtending(keyOf(action, account), Duration.ofSeconds(windowSeconds));
  }

  private static String keyOf(String action, String account) {
    return "backoff:" + action + ":" + account;
  }
}
