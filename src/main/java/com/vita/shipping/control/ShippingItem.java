package com.vita.shipping.control;

import java.math.BigDecimal;

/**
 * One line of a shipment as another component describes it (an order line): the unit's weight in
 * grams and outer dimensions in centimetres (each null when the product has none), and how many.
 */
public record ShippingItem(
    Integer weightGrams,
    BigDecimal lengthCm,
    BigDecimal widthCm,
    BigDecimal heightCm,
    int quantity) {

  public ShippingItem {
    if (quantity < 1) {
      throw new IllegalArgumentException("quantity must be at least 1");
    }
  }
}
