package com.vita.payments.control;

import java.time.Duration;

/**
 * The bank's rate limit holds this call back for {@link #retryAfter}: neither retried at once by
 * Fault Tolerance nor counted by its breaker (the bank is healthy); the caller waits or defers.
 */
public class BankRateLimited extends RuntimeException {

  private final Duration retryAfter;

  public BankRateLimited(Duration retryAfter) {
    super("The bank's rate limit holds this call back for " + retryAfter);
    this.retryAfter = retryAfter;
  }

  public Duration retryAfter() {
    return retryAfter;
  }
}
