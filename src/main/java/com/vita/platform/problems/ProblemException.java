package com.vita.platform.problems;

/**
 * Base of the typed exceptions control code throws when a request cannot be served; the mapper
 * renders it as problem+json with the type's status.
 */
public class ProblemException extends RuntimeException {

  private final ProblemType type;

  public ProblemException(ProblemType type, String detail) {
    super(detail);
    this.type = type;
  }

  public ProblemType type() {
    return type;
  }
}
