package com.vita.payments.entity;

import com.vita.platform.persistence.CodedEnumConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class CryptoDepositOutcomeConverter extends CodedEnumConverter<CryptoDepositOutcome> {

  public CryptoDepositOutcomeConverter() {
    super(CryptoDepositOutcome.class);
  }
}
