package com.vita.stores.entity;

import com.vita.platform.persistence.CodedEnumConverter;
import jakarta.persistence.Converter;

/** Every {@link StoreStatus} attribute is stored as its code. */
@Converter(autoApply = true)
public class StoreStatusConverter extends CodedEnumConverter<StoreStatus> {

  public StoreStatusConverter() {
    super(StoreStatus.class);
  }
}
