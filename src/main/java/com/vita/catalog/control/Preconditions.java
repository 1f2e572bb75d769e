package com.vita.catalog.control;

import com.vita.platform.problems.ProblemException;
import com.vita.platform.problems.ProblemType;

/**
 * Optimistic locking over HTTP (RFC 9110): a product's {@code ETag} is its version, quoted, and an
 * edit must send it back in {@code If-Match}. Without it the edit is refused (428), so a client
 * that never read the product cannot overwrite it blindly; with an old one it is 412.
 */
public final class Preconditions {

  private Preconditions() {}

  /** The strong entity tag of a version: {@code "7"}. */
  public static String etag(long version) {
    return "\"" + version + "\"";
  }

  /**
   * Passes when {@code ifMatch} is {@code *} or lists the current version's tag (strong comparison:
   * a weak {@code W/"7"} never matches, as RFC 9110 says for {@code If-Match}).
   */
  static void require(String ifMatch, long currentVersion) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new ProblemException(
          ProblemType.PRECONDITION_REQUIRED,
          "Send If-Match with the product's ETag, so an edit never overwrites one you have not"
              + " seen");
    }
    String current = etag(currentVersion);
    for (String tag : ifMatch.split(",")) {
      String t = tag.strip();
      if (t.equals("*") || t.equals(current)) {
        return;
      }
    }
    throw new ProblemException(
        ProblemType.PRECONDITION_FAILED,
        "The product changed since you read it (its ETag is now " + current + "): read it again");
  }
}
