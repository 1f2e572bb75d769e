package com.vita.payments.control;

import com.vita.payments.entity.PaymentStatus;

/**
 * A payment as its provider reports it, in VITA's statuses.
 *
 * @param amountReceivedMinor what the provider collected, in minor units (0 until it succeeded)
 * @param currency the ISO code, upper case
 * @param failureCode why the last attempt failed ({@code card_declined}), or null
 * @param nextAction what the buyer must do ({@code use_stripe_sdk} for 3-D Secure), or null
 */
public record ProviderPayment(
    String providerRef,
    PaymentStatus status,
    long amountReceivedMinor,
    String currency,
    String failureCode,
    String failureMessage,
    String nextAction) {}
