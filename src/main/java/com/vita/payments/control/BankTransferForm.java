package com.vita.payments.control;

import java.time.LocalDate;

/**
 * What a buyer declares of the transfer they made: the bank, its reference, the amount (in minor
 * units, {@code amountMinor}, or as the seed has it, a decimal {@code amount}), the currency (the
 * payment's if omitted) and the day.
 */
public record BankTransferForm(
    String bank,
    String reference,
    Long amountMinor,
    String amount,
    String currency,
    LocalDate date) {}
