package com.vita.catalog.entity;

import com.vita.platform.persistence.CodedEnum;

/**
 * Where a product stands in its store: a draft is the seller's work in progress, an active product
 * is shown and sold, an archived one is kept (orders point to it) but no longer shown.
 */
public enum ProductStatus implements CodedEnum {
  DRAFT("draft"),
  ACTIVE("active"),
  ARCHIVED("archived");

  private final String value;

  ProductStatus(String value) {
    this.value = value;
  }

  @Override
  public String value() {
    return value;
  }
}
