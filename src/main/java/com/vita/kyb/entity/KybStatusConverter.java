package com.vita.kyb.entity;

import com.vita.platform.persistence.CodedEnumConverter;
import jakarta.persistence.Converter;

/** Every {@link KybStatus} attribute is stored as its code. */
@Converter(autoApply = true)
public class KybStatusConverter extends CodedEnumConverter<KybStatus> {

  public KybStatusConverter() {
    super(KybStatus.class);
  }
}
