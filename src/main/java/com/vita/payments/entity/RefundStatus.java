package com.vita.payments.entity;

import com.vita.platform.persistence.CodedEnum;

/** A refund asked of the provider: {@code pending} until it says done or failed. */
public enum RefundStatus implements CodedEnum {
  PENDING("pending"),
  SUCCEEDED("succeeded"),
  FAILED("failed");

  private final String value;

  RefundStatus(String value) {
    this.value = value;
  }

  @Override
  public String value() {
    return value;
  }
}
