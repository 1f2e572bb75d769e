package com.vita.payments.boundary;

import com.vita.payments.control.PayoutRails;
import com.vita.payments.entity.Payout;
import java.time.Instant;
import java.util.List;

/**
 * A payout as the API shows it to its seller and to admins. {@code reason}: why it was held or
 * returned; {@code sandbox}: its rail only pretends, no money moves.
 */
public record PayoutView(
    String id,
    String sellerId,
    String status,
    String rail,
    boolean sandbox,
    String currency,
    long amountMinor,
    String destination,
    String destinationCurrency,
    String providerRef,
    String reason,
    String createdAt,
    String updatedAt,
    String submittedAt) {

  /** A page of payouts, newest first, and the cursor of the next (null on the last). */
  public record Page(List<PayoutView> payouts, String nextCursor) {}

  public static PayoutView of(Payout p, PayoutRails rails) {
    return new PayoutView(
        p.id().toString(),
        p.sellerId().toString(),
        p.status().value(),
        p.rail(),
        rails.sandbox(p.rail()),
        p.amount().currency().getCurrencyCode(),
        p.amount().minorUnits(),
        p.destination(),
        p.destinationCurrency(),
        p.providerRef(),
        p.reason(),
        text(p.createdAt()),
        text(p.updatedAt()),
        text(p.submittedAt()));
  }

  static Page page(List<Payout> payouts, int size, PayoutRails rails) {
    String next = null;
    if (payouts.size() > size) {
      payouts = payouts.subList(0, size);
      next = payouts.get(size - 1).id().toString();
    }
    return new Page(payouts.stream().map(p -> of(p, rails)).toList(), next);
  }

  private static String text(Instant at) {
    return at == null ? null : at.toString();
  }
}
