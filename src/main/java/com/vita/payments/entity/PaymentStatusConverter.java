package com.vita.payments.entity;

import com.vita.platform.persistence.CodedEnumConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class PaymentStatusConverter extends CodedEnumConverter<PaymentStatus> {

  public PaymentStatusConverter() {
    super(PaymentStatus.class);
  }
}
