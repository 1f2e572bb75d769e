package com.vita.platform.storage;

import com.vita.platform.problems.ProblemException;
import com.vita.platform.problems.ProblemType;

/** A document over {@code storage.max-bytes} (413). */
public class DocumentTooLargeException extends ProblemException {

  public DocumentTooLargeException(long maxBytes) {
    super(ProblemType.PAYLOAD_TOO_LARGE, "The file exceeds " + maxBytes + " bytes");
  }
}
