package com.vita.catalog.entity;

import com.vita.platform.money.Money;
import java.util.Objects;

/**
 * What a seller says about a product, already checked by the catalogue's rules: the part of a
 * product an edit replaces. Stock is not here: it changes only through stock movements.
 *
 * @param weightGrams null when not given
 * @param dimensions null when not given
 */
public record ProductContent(
    String name,
    String description,
    String category,
    Money price,
    Integer weightGrams,
    Dimensions dimensions,
    ProductStatus status) {

  public ProductContent {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(price, "price");
    Objects.requireNonNull(status, "status");
  }
}
