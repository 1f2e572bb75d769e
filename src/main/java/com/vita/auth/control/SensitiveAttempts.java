package com.vita.auth.control;

import com.vita.platform.problems.ProblemException;
import com.vita.platform.ratelimit.FailureBackoff;
import com.vita.platform.ratelimit.FailureLimiter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Supplier;

/**
 * Login, forgot-password and reset-password under the strict limits: too many failures for one
 * account from one address, or from one address for any accounts, get 429 from that address before
 * any password is checked ({@link FailureLimiter}); an account that failed from many addresses is
 * slowed by a growing backoff ({@link FailureBackoff}), never locked. Only failures count, so a
 * user who gets it right is never slowed down, and nobody elsewhere can lock the owner out.
 */
@ApplicationScoped
public class SensitiveAttempts {

  @Inject FailureLimiter limiter;
  @Inject FailureBackoff backoff;

  /**
   * Runs the attempt unless the address, the account at this address or the account's backoff
   * refuses it; a {@link ProblemException} with a 4xx status counts as a failure for all three.
   *
   * @param account the account the attempt names ({@link #accountKey}), or null (a reset token)
   */
  public <T> T attempt(String action, String client, String account, Supplier<T> attempt) {
    FailureLimiter.Attempt who = new FailureLimiter.Attempt(action, client, account);
    limiter.ensureAllowed(who);
    if (account != null) {
      backoff.ensureAllowed(action, account);
    }
    try {
      return attempt.get();
    } catch (ProblemException refused) {
      if (refused.type().status() < 500) {
        limiter.recordFailure(who);
        if (account != null) {
          backoff.recordFailure(action, account);
        }
      }
      throw refused;
    }
  }

  /**
   * Counts the attempt against the address and the account at this address whatever its outcome
   * (forgot-password: each one may send an e-mail), refusing it once either is used up.
   */
  public void counted(String action, String client, String account, Runnable attempt) {
    FailureLimiter.Attempt who = new FailureLimiter.Attempt(action, client, account);
    limiter.ensureAllowed(who);
    limiter.recordFailure(who);
    attempt.run();
  }

  /** The key for an e-mail address: hashed, so the limiter's store holds no addresses. */
  public static String accountKey(String normalisedEmail) {
    return "account:" + OpaqueTokens.hashOf(normalisedEmail).substring(0, 32);
  }
}
