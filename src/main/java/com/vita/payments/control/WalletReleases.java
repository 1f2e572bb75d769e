package com.vita.payments.control;

import com.vita.platform.outbox.OutboxMessage;
import com.vita.platform.outbox.Receipts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * When a sale's money becomes the seller's to use: when its order is delivered ({@code
 * order.delivered} from the outbox, once per event), or when the hold period ends (the timer's
 * {@link #releaseDue}), whichever comes first; the ledger releases each order once.
 */
@ApplicationScoped
public class WalletReleases {

  static final String CONSUMER = "payments.wallet";

  @Inject Receipts receipts;
  @Inject PaymentBookings bookings;

  Clock clock = Clock.systemUTC();

  void on(@Observes OutboxMessage message) {
    if (!"order".equals(message.aggregateType())
        || !"order.delivered".equals(message.eventType())) {
      return;
    }
    UUID order = UUID.fromString(message.payload().getString("orderId"));
    if (receipts.firstTime(CONSUMER, message.eventId())) {
      bookings.release(order, now());
    }
  }

  /** Releases up to {@code limit} orders whose hold period is over; returns how many. */
  public int releaseDue(Instant now, int limit) {
    int released = 0;
    for (UUID order : bookings.dueForRelease(now, limit)) {
      if (bookings.releaseAlone(order, now)) {
        released++;
      }
    }
    return released;
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
