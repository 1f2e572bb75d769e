package com.vita.catalog.control;

import com.vita.platform.problems.ProblemException;
import com.vita.platform.problems.ProblemType;
import java.util.UUID;

/** A decrement larger than the stock: 409 naming the product, and nothing changed. */
public class InsufficientStockProblem extends ProblemException {

  private final UUID productId;

  public InsufficientStockProblem(UUID productId, int available) {
    super(
        ProblemType.CONFLICT,
        "Not enough stock of product "
            + productId
            + ": "
            + available
            + " available, stock never goes below zero");
    this.productId = productId;
  }

  public UUID productId() {
    return productId;
  }
}
