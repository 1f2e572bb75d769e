package com.vita.platform.problems;

/** The addressed resource does not exist, or is not the caller's to see. */
public class NotFoundProblem extends ProblemException {

  public NotFoundProblem(String detail) {
    super(ProblemType.NOT_FOUND, detail);
  }
}
