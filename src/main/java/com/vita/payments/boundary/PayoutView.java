package com.vita.payments.boundary;

import com.vita.payments.entity.Payout;
import java.time.Instant;
import java.util.List;

/**
 * A payout as the API shows it to its seller and to admins. {@code reason}: why it was held or
 * returned.
 */
public record PayoutView(
    String id,
    String sellerId,
    String status,
    String rail,
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

  public static PayoutView of(Payout p) {
    return new PayoutView(
        p.id().toString(),
        p.sellerId().toString(),
        p.status().value(),
        p.rail(),
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

  static Page page(List<Payout> payouts, int size) {
    String next = null;
    if (payouts.size() > size) {
      payouts = payouts.subList(0, size);
      next = payouts.get(size - 1).id().toString();
    }
    return new Page(payouts.stream().map(PayoutView::of).toList(), next);
  }

  private static String text(Instant at) {
    return at == null ? null : at.toString();
  }
}
