package com.vita.shipping.entity;

import com.vita.platform.persistence.CodedEnumConverter;
import jakarta.persistence.Converter;

/** Every {@link ShipmentStatus} attribute is stored as its code. */
@Converter(autoApply = true)
public class ShipmentStatusConverter extends CodedEnumConverter<ShipmentStatus> {

  public ShipmentStatusConverter() {
    super(ShipmentStatus.class);
  }
}
