package com.vita.platform.problems;

/** Finds the problem behind the wrappers a runtime puts around exceptions. */
final class Problems {

  private Problems() {}

  /** The first {@link ProblemException} in the cause chain, or null. */
  static ProblemException foundIn(Throwable thrown) {
    for (Throwable t = thrown; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof ProblemException problem) {
        return problem;
      }
    }
    return null;
  }
}
