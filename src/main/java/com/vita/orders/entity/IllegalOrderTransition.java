package com.vita.orders.entity;

import com.vita.platform.problems.ProblemException;
import com.vita.platform.problems.ProblemType;

/** A move the order's status does not allow (ship a pending order): 409 naming the status. */
public class IllegalOrderTransition extends ProblemException {

  private final OrderStatus current;

  public IllegalOrderTransition(OrderStatus current, OrderStatus wanted) {
    super(
        ProblemType.CONFLICT,
        "The order is " + current.value() + " and cannot become " + wanted.value());
    this.current = current;
  }

  public OrderStatus current() {
    return current;
  }
}
