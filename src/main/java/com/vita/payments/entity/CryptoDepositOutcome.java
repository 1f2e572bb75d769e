package com.vita.payments.entity;

import com.vita.platform.persistence.CodedEnum;

/**
 * What VITA did with a deposit Cregis reported: {@code captured} (the payment is paid in full),
 * {@code overpaid} (paid, and more arrived than was due: the excess is recorded for an admin to
 * return), {@code underpaid} (recorded; the orders wait for the rest), {@code late} (after the
 * payment's window: not applied to the orders), {@code failed} (Cregis reported the deposit
 * failed), {@code wrong_coin} (another coin than the one asked for), {@code unknown_address} (no
 * payment of VITA's has that address). Every one but {@code captured} needs a person's attention.
 */
public enum CryptoDepositOutcome implements CodedEnum {
  CAPTURED("captured"),
  OVERPAID("overpaid"),
  UNDERPAID("underpaid"),
  LATE("late"),
  FAILED("failed"),
  WRONG_COIN("wrong_coin"),
  UNKNOWN_ADDRESS("unknown_address");

  private final String value;

  CryptoDepositOutcome(String value) {
    this.value = value;
  }

  @Override
  public String value() {
    return value;
  }
}
