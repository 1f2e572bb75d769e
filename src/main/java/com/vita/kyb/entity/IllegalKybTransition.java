package com.vita.kyb.entity;

import com.vita.platform.problems.ProblemException;
import com.vita.platform.problems.ProblemType;

/** A move the verification's state does not allow (approve a case nobody reviewed): 409. */
public class IllegalKybTransition extends ProblemException {

  public IllegalKybTransition(String detail) {
    super(ProblemType.CONFLICT, detail);
  }
}
