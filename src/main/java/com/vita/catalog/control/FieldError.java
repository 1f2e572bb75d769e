package com.vita.catalog.control;

/**
 * One rule a {@link ProductDraft} breaks: the field (as the products API names it: {@code sku,
 * name, description, price, category, stock, weightGrams, dimensions}) and why.
 */
public record FieldError(String field, String message) {}
