package com.vita.platform.http;

import com.vita.platform.problems.ProblemException;
import com.vita.platform.problems.ProblemType;
import java.util.Arrays;
import java.util.List;

/**
 * A request's {@code If-Match} precondition against an entity's version (stores, products), whose
 * strong entity tag is {@code "<version>"} (the {@code ETag} of every store response). Optional:
 * without the header a change applies to the store as it is (seed 000's client sends none), while a
 * client that sends it is never allowed to overwrite a change it has not seen (412). Compared
 * strongly (RFC 9110): a weak tag never matches.
 */
public record IfMatch(List<String> tags) {

  public static final IfMatch ABSENT = new IfMatch(List.of());

  public IfMatch {
    tags = List.copyOf(tags);
  }

  /** The header as sent; null or blank means no precondition. */
  public static IfMatch of(String header) {
    if (header == null || header.isBlank()) {
      return ABSENT;
    }
    return new IfMatch(Arrays.stream(header.split(",")).map(String::strip).toList());
  }

  /** The entity tag of this version. */
  public static String tagOf(long version) {
    return "\"" + version + "\"";
  }

  /**
   * @throws ProblemException 412 when the header names no tag of this version
   */
  public void require(long currentVersion, String what) {
    if (tags.isEmpty() || tags.contains("*") || tags.contains(tagOf(currentVersion))) {
      return;
    }
    throw new ProblemException(
        ProblemType.PRECONDITION_FAILED,
        "The "
            + what
            + " changed since it was read (its ETag is now "
            + tagOf(currentVersion)
            + "); read it again and repeat the change");
  }
}
