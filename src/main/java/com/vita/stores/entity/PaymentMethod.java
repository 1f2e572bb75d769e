package com.vita.stores.entity;

import com.vita.platform.persistence.CodedEnum;
import java.util.Optional;

/** How a store's buyers may pay: the three providers of the payments component. */
public enum PaymentMethod implements CodedEnum {
  BANK_TRANSFER("bank_transfer"),
  CREGIS("cregis"),
  STRIPE("stripe");

  private final String value;

  PaymentMethod(String value) {
    this.value = value;
  }

  @Override
  public String value() {
    return value;
  }

  public static Optional<PaymentMethod> of(String value) {
    return CodedEnum.of(PaymentMethod.class, value);
  }
}
