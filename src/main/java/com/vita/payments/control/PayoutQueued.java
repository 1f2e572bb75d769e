package com.vita.payments.control;

import java.util.UUID;

/**
 * A payout was debited (or released from hold) and goes to its rail once its transaction commits.
 */
public record PayoutQueued(UUID payoutId) {}
