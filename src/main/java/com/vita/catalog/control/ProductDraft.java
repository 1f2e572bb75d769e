package com.vita.catalog.control;

import java.math.BigDecimal;

/**
 * A product as a seller or a spreadsheet row describes it, before it is checked: the input of
 * {@link ProductRules}, of the products API and of {@link ProductUpserts}. Every field may be
 * missing (null); the rules say which must not be.
 *
 * @param sku alphanumeric, at most 50; null or blank to have one generated
 * @param price in the store's currency, as a decimal (never a double)
 * @param category null for the store's category
 * @param dimensions length × width × height in centimetres, e.g. {@code 30x20x10.5}
 */
public record ProductDraft(
    String sku,
    String name,
    String description,
    BigDecimal price,
    String category,
    Integer stock,
    Integer weightGrams,
    String dimensions) {}
