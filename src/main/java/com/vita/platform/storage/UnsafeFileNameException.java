package com.vita.platform.storage;

import com.vita.platform.problems.ProblemException;
import com.vita.platform.problems.ProblemType;

/** A file name that tries to be a path or to carry control characters (400); nothing is stored. */
public class UnsafeFileNameException extends ProblemException {

  public UnsafeFileNameException() {
    super(
        ProblemType.BAD_REQUEST,
        "A file name must be a plain name: no folders, no '..', no control characters");
  }
}
