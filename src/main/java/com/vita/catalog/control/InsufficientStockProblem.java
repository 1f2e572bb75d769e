package com.vita.catalog.control;

import com.vita.platform.problems.ProblemException;
import com.vita.platform.problems.ProblemType;

/** A decrement larger than the stock: 409, and nothing changed. */
public class InsufficientStockProblem extends ProblemException {

  public InsufficientStockProblem(int available) {
    super(
        ProblemType.CONFLICT,
        "Not enough stock: " + available + " available, stock never goes below zero");
  }
}
