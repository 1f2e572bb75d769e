package com.vita.payments.control;

import java.util.UUID;

/**
 * A refund of one order: {@code amountMinor} of it (in the order's currency, minor units), or all
 * that is left when omitted; {@code reason} is kept with it ({@code requested_by_customer} is also
 * passed to the provider).
 */
public record RefundForm(UUID orderId, Long amountMinor, String reason) {}
