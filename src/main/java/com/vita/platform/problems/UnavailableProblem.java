package com.vita.platform.problems;

/**
 * Something VITA depends on is failing (a provider down, its circuit open): 503 with {@code
 * Retry-After}, the seconds after which trying again is worthwhile.
 */
public class UnavailableProblem extends RetryLaterProblem {

  public UnavailableProblem(String detail, long retryAfterSeconds) {
    super(ProblemType.UNAVAILABLE, detail, retryAfterSeconds);
  }
}
