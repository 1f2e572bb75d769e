package com.vita.platform.ratelimit;

import com.vita.platform.problems.ProblemException;
import com.vita.platform.problems.ProblemType;
import java.util.Map;

/** A limit is used up: 429 with {@code Retry-After}, the seconds until the window ends. */
public class TooManyRequestsProblem extends ProblemException {

  private final long retryAfterSeconds;

  public TooManyRequestsProblem(long retryAfterSeconds) {
    super(
        ProblemType.TOO_MANY_REQUESTS,
        "Too many failed attempts; try again in " + retryAfterSeconds + " seconds");
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
