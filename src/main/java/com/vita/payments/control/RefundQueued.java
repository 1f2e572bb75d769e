package com.vita.payments.control;

import java.util.UUID;

/** A pending refund was written and must be sent to its provider once its transaction commits. */
public record RefundQueued(UUID refundId) {}
