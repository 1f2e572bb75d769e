package com.vita.payments.entity;

import com.vita.platform.persistence.CodedEnumConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class BankTransferStatusConverter extends CodedEnumConverter<BankTransferStatus> {

  public BankTransferStatusConverter() {
    super(BankTransferStatus.class);
  }
}
