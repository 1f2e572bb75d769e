package com.vita.catalog.control;

import com.vita.catalog.entity.Product;
import com.vita.platform.money.Money;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * A product on sale as other components (orders) see it: its store, price in the store's currency
 * and the unit's weight (grams) and outer dimensions (cm), each null when the seller gave none.
 */
public record ProductOffer(
    UUID id,
    UUID storeId,
    String sku,
    String name,
    Money price,
    Integer weightGrams,
    BigDecimal lengthCm,
    BigDecimal widthCm,
    BigDecimal heightCm) {

  static ProductOffer of(Product p) {
    return new ProductOffer(
        p.id(),
        p.storeId(),
        p.sku(),
        p.name(),
        p.price(),
        p.weightGrams(),
        p.dimensions() == null ? null : p.dimensions().lengthCm(),
        p.dimensions() == null ? null : p.dimensions().widthCm(),
        p.dimensions() == null ? null : p.dimensions().heightCm());
  }
}
