package com.vita.platform.storage;

import com.vita.platform.problems.ProblemException;
import com.vita.platform.problems.ProblemType;

/** The content is empty, or not a kind of document accepted for its purpose (415). */
public class UnsupportedDocumentException extends ProblemException {

  public UnsupportedDocumentException(DocumentKind kind) {
    super(
        ProblemType.UNSUPPORTED_MEDIA_TYPE,
        "The file is not one of " + extensions(kind) + " (checked by its content, not its name)");
  }

  private static String extensions(DocumentKind kind) {
    return kind.accepted().stream()
        .map(DocumentMediaType::extension)
        .reduce((a, b) -> a + ", " + b)
        .orElse("");
  }
}
