package com.vita.auth.control;

import com.vita.platform.problems.ProblemException;
import com.vita.platform.problems.ProblemType;
import java.util.UUID;

/** A spent refresh token came back: its session family has been revoked. */
public class RefreshTokenReusedProblem extends ProblemException {

  private final UUID accountId;

  public RefreshTokenReusedProblem(UUID accountId) {
    super(ProblemType.UNAUTHORIZED, "The refresh token is not valid");
    this.accountId = accountId;
  }

  public UUID accountId() {
    return accountId;
  }
}
