package com.vita.platform.ratelimit;

import com.vita.platform.problems.ProblemType;
import com.vita.platform.problems.RetryLaterProblem;

/** A limit is used up: 429 with {@code Retry-After}, the seconds until the window ends. */
public class TooManyRequestsProblem extends RetryLaterProblem {

  public TooManyRequestsProblem(long retryAfterSeconds) {
    super(
        ProblemType.TOO_MANY_REQUESTS,
        "Too many failed attempts; try again in " + retryAfterSeconds + " seconds",
        retryAfterSeconds);
  }
}
