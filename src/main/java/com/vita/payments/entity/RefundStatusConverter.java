package com.vita.payments.entity;

import com.vita.platform.persistence.CodedEnumConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class RefundStatusConverter extends CodedEnumConverter<RefundStatus> {

  public RefundStatusConverter() {
    super(RefundStatus.class);
  }
}
