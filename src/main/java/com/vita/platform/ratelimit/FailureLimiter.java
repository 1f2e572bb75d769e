package com.vita.platform.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The stricter limit of sensitive actions (login, forgot-password, reset-password): after {@code
 * ratelimit.sensitive.limit} failures of an action for a key within the window, that action is
 * refused for the key until the window ends. Only failures count, so getting it right is never
 * slowed down.
 *
 * <p>Callers check before the attempt and record a failed one, once with the client ({@link
 * ClientAddresses#clientOf}) and once with the account identifier submitted (normalised as the
 * account is looked up), so neither many accounts from one address nor one account from many
 * addresses gets more guesses. Concurrent attempts all pass the check before any failure is
 * recorded, so a burst can overshoot by its size; the default per-address limit bounds that.
 */
@ApplicationScoped
public class FailureLimiter {

  static final String SCOPE = "sensitive";

  @Inject
  @ConfigProperty(name = "ratelimit.sensitive.limit", defaultValue = "5")
  int limit;

  @Inject
  @ConfigProperty(name = "ratelimit.sensitive.window-seconds", defaultValue = "900")
  long windowSeconds;

  @Inject RateLimitCounter counter;
  @Inject RateLimitMetrics metrics;

  public FailureLimiter() {}

  FailureLimiter(
      RateLimitCounter counter, RateLimitMetrics metrics, int limit, long windowSeconds) {
    this.counter = counter;
    this.metrics = metrics;
    this.limit = limit;
    this.windowSeconds = windowSeconds;
  }

  /**
   * @throws TooManyRequestsProblem when the key has used up its failures for the action
   */
  public void ensureAllowed(String action, String key) {
    Window window = counter.current(keyOf(action, key)).orElse(Window.NONE);
    if (window.count() >= limit) {
      metrics.exceeded(SCOPE);
      throw new TooManyRequestsProblem(window.secondsToReset());
    }
  }

  public void recordFailure(String action, String key) {
    counter.hit(keyOf(action, key), Duration.ofSeconds(windowSeconds));
  }

  private static String keyOf(String action, String key) {
    return "failures:" + action + ":" + key;
  }
}
