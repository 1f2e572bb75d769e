package com.vita.payments.entity;

import com.vita.platform.persistence.CodedEnum;

/**
 * A declared bank transfer: {@code verifying} while the bank has not confirmed it, then {@code
 * verified} (the payment is captured) or {@code refused} (with the reason). Both ends are final.
 */
public enum BankTransferStatus implements CodedEnum {
  VERIFYING("verifying"),
  VERIFIED("verified"),
  REFUSED("refused");

  private final String value;

  BankTransferStatus(String value) {
    this.value = value;
  }

  @Override
  public String value() {
    return value;
  }
}
