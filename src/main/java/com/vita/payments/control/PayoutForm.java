package com.vita.payments.control;

/**
 * A payout asked by a seller: {@code amountMinor} of their available {@code currency} through the
 * {@code rail} ({@code cregis} or {@code bank}) to the {@code destination} (a crypto address, a
 * bank account), and for crypto the coin to send ({@code destinationCurrency}, a Cregis currency
 * code).
 */
public record PayoutForm(
    Long amountMinor,
    String currency,
    String rail,
    String destination,
    String destinationCurrency) {}
