package com.vita.platform.problems;

import java.util.Map;

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

  /** Response headers the problem needs besides its body, such as {@code Retry-After}. */
  public Map<String, String> headers() {
    return Map.of();
  }
}
