package com.vita.payments.control;

/** A crypto deposit was recorded with this outcome (for {@code crypto_deposits_total}). */
public record CryptoDepositRecorded(String provider, String outcome) {}
