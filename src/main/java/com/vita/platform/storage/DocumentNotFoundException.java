package com.vita.platform.storage;

import com.vita.platform.problems.NotFoundProblem;

/** No document under that key, or a key VITA never generates (404 either way). */
public class DocumentNotFoundException extends NotFoundProblem {

  public DocumentNotFoundException() {
    super("No such document");
  }
}
