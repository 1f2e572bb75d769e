package com.vita.platform.problems;

import java.util.List;
import java.util.Map;

/**
 * Base of the typed exceptions control code throws when a request cannot be served; the mapper
 * renders it as problem+json with the type's status.
 */
public class ProblemException extends RuntimeException {

  /** The detail of every problem about invalid fields. */
  public static final String INVALID_FIELDS = "One or more fields are invalid";

  private final ProblemType type;
  private final List<Problem.FieldError> errors;

  public ProblemException(ProblemType type, String detail) {
    this(type, detail, List.of());
  }

  /** A problem that names the fields at fault, like a bean-validation failure. */
  public ProblemException(ProblemType type, String detail, List<Problem.FieldError> errors) {
    super(detail);
    this.type = type;
    this.errors = List.copyOf(errors);
  }

  /** A 400 naming one field at fault, worded like a bean-validation failure. */
  public static ProblemException invalidField(String field, String message) {
    return new ProblemException(
        ProblemType.VALIDATION, INVALID_FIELDS, List.of(new Problem.FieldError(field, message)));
  }

  /** The rejected fields, if the problem is about some; empty otherwise. */
  public List<Problem.FieldError> errors() {
    return errors;
  }

  public ProblemType type() {
    return type;
  }

  /** Response headers the problem needs besides its body, such as {@code Retry-After}. */
  public Map<String, String> headers() {
    return Map.of();
  }
}
