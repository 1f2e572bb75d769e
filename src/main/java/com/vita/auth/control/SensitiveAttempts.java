package com.vita.auth.control;

import com.vita.platform.problems.ProblemException;
import com.vita.platform.ratelimit.FailureLimiter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Supplier;

/**
 * Login, forgot-password and reset-password under the strict limit: after too many failures from
 * one address or for one account within the window, further attempts get 429 before any password is
 * checked. Only failures count, so a user who gets it right is never slowed down.
 */
@ApplicationScoped
public class SensitiveAttempts {

  @Inject FailureLimiter limiter;

  /**
   * Runs the attempt unless one of the keys is out of failures; a {@link ProblemException} with a
   * 4xx status counts as a failure against every key.
   */
  public <T> T attempt(String action, List<String> keys, Supplier<T> attempt) {
    keys.forEach(key -> limiter.ensureAllowed(action, key));
    try {
      return attempt.get();
    } catch (ProblemException refused) {
      if (refused.type().status() < 500) {
        keys.forEach(key -> limiter.recordFailure(action, key));
      }
      throw refused;
    }
  }

  /** Counts the attempt whatever its outcome (forgot-password: each one sends an e-mail). */
  public void counted(String action, List<String> keys, Runnable attempt) {
    keys.forEach(key -> limiter.ensureAllowed(action, key));
    keys.forEach(key -> limiter.recordFailure(action, key));
    attempt.run();
  }

  /** The key for an e-mail address: hashed, so the limiter's store holds no addresses. */
  public static String accountKey(String normalisedEmail) {
    return "account:" + OpaqueTokens.hashOf(normalisedEmail).substring(0, 32);
  }
}
