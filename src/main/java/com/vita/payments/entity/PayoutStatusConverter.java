package com.vita.payments.entity;

import com.vita.platform.persistence.CodedEnumConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class PayoutStatusConverter extends CodedEnumConverter<PayoutStatus> {

  public PayoutStatusConverter() {
    super(PayoutStatus.class);
  }
}
