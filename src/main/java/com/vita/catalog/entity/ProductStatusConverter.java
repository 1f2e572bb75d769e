package com.vita.catalog.entity;

import com.vita.platform.persistence.CodedEnumConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class ProductStatusConverter extends CodedEnumConverter<ProductStatus> {

  public ProductStatusConverter() {
    super(ProductStatus.class);
  }
}
