package com.vita.platform.problems;

import java.util.UUID;

/** The addressed resource does not exist, or is not the caller's to see. */
public class NotFoundProblem extends ProblemException {

  public NotFoundProblem(String detail) {
    super(ProblemType.NOT_FOUND, detail);
  }

  /**
   * The id in a path; one that is not a UUID addresses nothing, so it is the same 404 as an unknown
   * one, never a 400 that would tell ids apart.
   */
  public static UUID idIn(String value, String detail) {
    try {
      return UUID.fromString(value);
    } catch (IllegalArgumentException e) {
      throw new NotFoundProblem(detail);
    }
  }
}
