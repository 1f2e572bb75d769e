package com.vita.payments.control;

import com.vita.payments.entity.RefundStatus;
import java.util.UUID;

/**
 * A refund as its provider reports it.
 *
 * @param refundId VITA's refund id from the provider's metadata, or null for a refund VITA did not
 *     ask for (made in the provider's dashboard)
 */
public record ProviderRefund(
    String providerRef,
    String paymentRef,
    UUID refundId,
    RefundStatus status,
    long amountMinor,
    String currency) {}
