package com.vita.stores.entity;

import com.vita.platform.problems.ProblemException;
import com.vita.platform.problems.ProblemType;

/** A change the store's state does not allow (activate it while its owner is not ready): 409. */
public class IllegalStoreTransition extends ProblemException {

  public IllegalStoreTransition(String detail) {
    super(ProblemType.CONFLICT, detail);
  }
}
