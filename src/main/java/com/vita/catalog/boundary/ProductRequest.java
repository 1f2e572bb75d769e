package com.vita.catalog.boundary;

import com.vita.catalog.control.ProductDraft;
import java.math.BigDecimal;

/**
 * The body of {@code POST /products} and {@code PUT /products/{id}}. The price is a JSON number
 * read as a decimal (never a double), in the store's currency. The rules are {@code
 * ProductRules}'s, checked in control with every fault named at once.
 */
public record ProductRequest(
    String storeId,
    String sku,
    String name,
    String description,
    BigDecimal price,
    String category,
    Integer stock,
    Integer weightGrams,
    String dimensions,
    String status) {

  ProductDraft draft() {
    return new ProductDraft(
        sku, name, description, price, category, stock, weightGrams, dimensions);
  }
}
