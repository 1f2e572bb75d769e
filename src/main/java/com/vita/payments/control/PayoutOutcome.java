package com.vita.payments.control;

import java.util.UUID;

/**
 * A rail's word on a payout it sent (a CDI event): settled (the money reached the destination) or
 * failed (it did not; the payout returns to the wallet), with the provider's reason. The payouts
 * code applies each payout's outcome once, whatever the number of deliveries.
 */
public record PayoutOutcome(
    UUID payoutId, String rail, String providerRef, boolean settled, String reason) {}
