package com.vita.kyc.entity;

import com.vita.platform.persistence.CodedEnumConverter;
import jakarta.persistence.Converter;

/** Every {@link KycStatus} attribute is stored as its code. */
@Converter(autoApply = true)
public class KycStatusConverter extends CodedEnumConverter<KycStatus> {

  public KycStatusConverter() {
    super(KycStatus.class);
  }
}
