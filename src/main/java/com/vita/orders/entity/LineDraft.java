package com.vita.orders.entity;

import com.vita.platform.money.Money;
import java.util.Objects;
import java.util.UUID;

/** A line as the checkout priced it, before it becomes part of an order. */
public record LineDraft(UUID productId, String sku, String name, int quantity, Money unitPrice) {

  public LineDraft {
    Objects.requireNonNull(productId, "productId");
    Objects.requireNonNull(unitPrice, "unitPrice");
    if (quantity < 1) {
      throw new IllegalArgumentException("A line holds at least one unit");
    }
  }
}
