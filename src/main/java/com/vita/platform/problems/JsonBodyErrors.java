package com.vita.platform.problems;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;

/**
 * Recognises a request body that could not be read as JSON, whichever wrapper the JAX-RS runtime
 * put around the parser's exception.
 */
final class JsonBodyErrors {

  static final String DETAIL = "The request body is not valid JSON for this resource";

  private JsonBodyErrors() {}

  static boolean isCausedByUnreadableJson(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof JsonbException || t instanceof JsonException) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  /** The first {@link ProblemException} in the cause chain, if a wrapper hides one. */
  static ProblemException problemIn(Throwable thrown) {
    for (Throwable t = thrown; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof ProblemException problem) {
        return problem;
      }
    }
    return null;
  }
}
