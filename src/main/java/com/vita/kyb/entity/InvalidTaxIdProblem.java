package com.vita.kyb.entity;

import com.vita.platform.problems.ProblemException;
import com.vita.platform.problems.ProblemType;

/**
 * A tax identifier that does not follow its country's format or check digit, or a country VITA does
 * not verify businesses in. A validation failure (400), like a bean-validation error on the field.
 */
public class InvalidTaxIdProblem extends ProblemException {

  public InvalidTaxIdProblem(String detail) {
    super(ProblemType.VALIDATION, detail);
  }
}
