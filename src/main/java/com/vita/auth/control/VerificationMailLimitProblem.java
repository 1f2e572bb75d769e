package com.vita.auth.control;

import com.vita.platform.problems.ProblemType;
import com.vita.platform.problems.RetryLaterProblem;

/** The account had its verification mails for this hour: 429 with {@code Retry-After}. */
public class VerificationMailLimitProblem extends RetryLaterProblem {

  public VerificationMailLimitProblem(long retryAfterSeconds) {
    super(
        ProblemType.TOO_MANY_REQUESTS,
        "Enough verification e-mails were sent for now; try again in "
            + retryAfterSeconds
            + " seconds",
        retryAfterSeconds);
  }
}
