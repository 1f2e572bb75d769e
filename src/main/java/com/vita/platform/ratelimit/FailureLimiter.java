package com.vita.platform.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The stricter limit of sensitive actions (login, forgot-password, reset-password), counted in
 * fixed windows of {@code ratelimit.sensitive.window-seconds}: after {@code
 * ratelimit.sensitive.limit} failures of an action for one account from one client address ({@link
 * ClientAddresses#clientOf}), that action is refused for the pair until the window ends; after
 * {@code ratelimit.sensitive.address-limit} failures from one address for any accounts, for the
 * address. An attempt that names no account (a reset token) is held to {@code
 * ratelimit.sensitive.limit} per address. Only failures count, so getting it right is never slowed
 * down.
 *
 * <p>Failures from one address never refuse the account elsewhere: the account's own answer to
 * attempts from many addresses is {@link FailureBackoff}. The address limit is higher than the
 * pair's because people share addresses (an office, a carrier's NAT), and a colleague's typos, or
 * an attacker on the same network guessing other accounts, must not lock them out early. Concurrent
 * attempts all pass the check before any failure is recorded, so a burst can overshoot by its size.
 */
@ApplicationScoped
public class FailureLimiter {

  static final String SCOPE = "sensitive";
  static final String ALLOWANCE_SCOPE = "allowance";

  @Inject
  @ConfigProperty(name = "ratelimit.sensitive.limit", defaultValue = "5")
  int limit;

  @Inject
  @ConfigProperty(name = "ratelimit.sensitive.address-limit", defaultValue = "20")
  int addressLimit;

  @Inject
  @ConfigProperty(name = "ratelimit.sensitive.window-seconds", defaultValue = "900")
  long windowSeconds;

  @Inject RateLimitCounter counter;
  @Inject RateLimitMetrics metrics;

  /**
   * Who tries an action: the client address, and the account the attempt names (its hashed key), or
   * null when it names none.
   */
  public record Attempt(String action, String client, String account) {

    String addressKey() {
      return "failures:" + action + ":ip:" + client;
    }

    String pairKey() {
      return "failures:" + action + ":" + account + "@" + client;
    }
  }

  public FailureLimiter() {}

  FailureLimiter(
      RateLimitCounter counter,
      RateLimitMetrics metrics,
      int limit,
      int addressLimit,
      long windowSeconds) {
    this.counter = counter;
    this.metrics = metrics;
    this.limit = limit;
    this.addressLimit = addressLimit;
    this.windowSeconds = windowSeconds;
  }

  /**
   * @throws TooManyRequestsProblem when the address, or the account from this address, has used up
   *     its failures for the action
   */
  public void ensureAllowed(Attempt attempt) {
    if (attempt.account() == null) {
      ensureUnder(attempt.addressKey(), limit);
      return;
    }
    ensureUnder(attempt.addressKey(), addressLimit);
    ensureUnder(attempt.pairKey(), limit);
  }

  public void recordFailure(Attempt attempt) {
    counter.hit(attempt.addressKey(), window());
    if (attempt.account() != null) {
      counter.hit(attempt.pairKey(), window());
    }
  }

  /**
   * Spends one of the key's {@code allowance} per window, e.g. the reset e-mails one address may be
   * sent: false when none is left. Counted atomically, so concurrent callers never spend more than
   * the allowance; true when the store failed (failing open, as every limit does).
   */
  public boolean spend(String action, String key, int allowance) {
    boolean left =
        counter
            .hit("allowance:" + action + ":" + key, window())
            .map(window -> window.count() <= allowance)
            .orElse(true);
    if (!left) {
      metrics.exceeded(ALLOWANCE_SCOPE);
    }
    return left;
  }

  private void ensureUnder(String key, int max) {
    Window window = counter.current(key).orElse(Window.NONE);
    if (window.count() >= max) {
      metrics.exceeded(SCOPE);
      throw new TooManyRequestsProblem(window.secondsToReset());
    }
  }

  private Duration window() {
    return Duration.ofSeconds(windowSeconds);
  }
}
