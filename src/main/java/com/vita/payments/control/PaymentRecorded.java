package com.vita.payments.control;

/**
 * A payment reached a result, as a CDI event counted after the commit ({@link PaymentMetrics}).
 *
 * @param result {@code created}, {@code succeeded}, {@code failed}, {@code cancelled} or {@code
 *     refunded}
 * @param amountMinor the amount captured (for {@code succeeded}), else 0
 */
public record PaymentRecorded(String provider, String result, String currency, long amountMinor) {}
