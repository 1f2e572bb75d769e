package com.vita.platform.problems;

import java.util.Map;

/** A refusal that says when trying again is worthwhile: {@code Retry-After}, in seconds. */
public abstract class RetryLaterProblem extends ProblemException {

  private final long retryAfterSeconds;

  protected RetryLaterProblem(ProblemType type, String detail, long retryAfterSeconds) {
    super(type, detail);
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
