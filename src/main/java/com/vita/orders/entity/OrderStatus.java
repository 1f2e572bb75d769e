package com.vita.orders.entity;

import com.vita.platform.persistence.CodedEnum;
import java.util.Set;

/**
 * Where an order stands. The moves allowed from each status are the whole state machine: {@code
 * pending → confirmed → processing → shipped → delivered}; {@code cancelled} from pending,
 * confirmed or processing; {@code refunded} from any paid status (confirmed onwards, delivered
 * included). Cancelled and refunded are final.
 */
public enum OrderStatus implements CodedEnum {
  PENDING("pending"),
  CONFIRMED("confirmed"),
  PROCESSING("processing"),
  SHIPPED("shipped"),
  DELIVERED("delivered"),
  CANCELLED("cancelled"),
  REFUNDED("refunded");

  private final String value;

  OrderStatus(String value) {
    this.value = value;
  }

  @Override
  public String value() {
    return value;
  }

  /** The statuses this one may move to. */
  public Set<OrderStatus> next() {
    return switch (this) {
      case PENDING -> Set.of(CONFIRMED, CANCELLED);
      case CONFIRMED -> Set.of(PROCESSING, CANCELLED, REFUNDED);
      case PROCESSING -> Set.of(SHIPPED, CANCELLED, REFUNDED);
      case SHIPPED -> Set.of(DELIVERED, REFUNDED);
      case DELIVERED -> Set.of(REFUNDED);
      case CANCELLED, REFUNDED -> Set.of();
    };
  }

  public boolean mayMoveTo(OrderStatus to) {
    return next().contains(to);
  }

  /** Whether the order's units go back to stock on entering this status. */
  public boolean returnsStock() {
    return this == CANCELLED || this == REFUNDED;
  }
}
