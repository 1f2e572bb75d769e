package com.vita.platform.problems;

/** The request is well-formed JSON but asks for something that cannot be understood. */
public class BadRequestProblem extends ProblemException {

  public BadRequestProblem(String detail) {
    super(ProblemType.BAD_REQUEST, detail);
  }
}
