package com.vita.payments.control;

import com.vita.platform.money.Money;
import java.time.LocalDate;

/**
 * A transaction as the bank reports it, in VITA's terms: its reference, the amount credited, the
 * day it was booked, the bank's status ({@code settled} is the only one that pays) and the account
 * credited.
 */
public record BankTransaction(
    String reference, Money amount, LocalDate date, String status, String creditAccount) {

  /** The bank's status of a transaction that has cleared. */
  public static final String SETTLED = "settled";

  public boolean settled() {
    return SETTLED.equalsIgnoreCase(status);
  }
}
