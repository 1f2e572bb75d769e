package com.vita.stores.control;

import com.vita.platform.outbox.OutboxMessage;
import com.vita.platform.outbox.Receipts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * Feeds the store analytics from the orders component's events, as they leave the outbox (from the
 * queue, or in process). A sale counts when its order is confirmed (paid), on the UTC day it was
 * placed: one order, its total as revenue in its currency, each line's units and total for its
 * product. A cancellation after payment ({@code previousStatus} other than {@code pending}) or a
 * refund takes it back. Each event acts once ({@link Receipts}, in the delivery's transaction), and
 * each order is counted and taken back at most once ({@link SaleLedger}).
 */
@ApplicationScoped
public class OrderSales {

  static final String CONSUMER = "stores.analytics";
  private static final System.Logger LOG = System.getLogger(OrderSales.class.getName());

  @Inject Receipts receipts;

  @Inject SaleLedger ledger;

  Clock clock = Clock.systemUTC();

  void on(@Observes OutboxMessage message) {
    if (!"order".equals(message.aggregateType())) {
      return;
    }
    boolean counts = "order.confirmed".equals(message.eventType());
    boolean takesBack = "order.refunded".equals(message.eventType()) || paidCancellation(message);
    if (!counts && !takesBack) {
      return;
    }
    // Read before the receipt: an unreadable payload fails the delivery and records nothing.
    OrderSale sale = OrderSale.from(message.payload());
    if (!receipts.firstTime(CONSUMER, message.eventId())) {
      return;
    }
    boolean changed =
        counts
            ? ledger.count(sale, clock.instant())
            : ledger.takeBack(sale.orderId(), clock.instant());
    if (!changed) {
      LOG.log(
          System.Logger.Level.DEBUG,
          "{0} of order {1} changes no analytics (counted before, never counted, or unknown store)",
          message.eventType(),
          sale.orderId());
    }
  }

  private static boolean paidCancellation(OutboxMessage message) {
    if (!"order.cancelled".equals(message.eventType())) {
      return false;
    }
    String previous = message.payload().getString("previousStatus", null);
    return previous != null && !"pending".equals(previous);
  }
}
