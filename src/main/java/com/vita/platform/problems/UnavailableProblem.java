package com.vita.platform.problems;

import java.util.Map;

/**
 * Something VITA depends on is failing (a provider down, its circuit open): 503 with {@code
 * Retry-After}, the seconds after which trying again is worthwhile.
 */
public class UnavailableProblem extends ProblemException {

  private final long retryAfterSeconds;

  public UnavailableProblem(String detail, long retryAfterSeconds) {
    super(ProblemType.UNAVAILABLE, detail);
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }

  @Override
  public Map<String, String> headers() {
    return Map.of("Retry-After", Long.toString(retryAfterSeconds));
  }
}
