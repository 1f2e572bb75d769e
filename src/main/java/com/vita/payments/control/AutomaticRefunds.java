package com.vita.payments.control;

import com.vita.orders.control.OrderPayments;
import com.vita.payments.entity.Payment;
import com.vita.payments.entity.PaymentRefund;
import com.vita.payments.entity.PaymentShare;
import com.vita.platform.money.Money;
import com.vita.platform.outbox.OutboxMessage;
import com.vita.platform.outbox.Receipts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Money that must go back without anyone asking: an order cancelled after it was paid (its {@code
 * order.cancelled} event with a {@code previousStatus} other than pending) or moved to refunded by
 * an admin, or a payment captured for an order that had expired meanwhile ({@link
 * #forUnpayableOrders}). What is left of the order's share is written as a pending refund in the
 * transaction that found it, and sent to the provider after the commit ({@link RefundSubmissions});
 * one that could not be sent is sent again by the timer. Sending twice is harmless: the provider's
 * idempotency key is the refund's id.
 */
@ApplicationScoped
public class AutomaticRefunds {

  static final String CONSUMER = "payments.refunds";
  private static final System.Logger LOG = System.getLogger(AutomaticRefunds.class.getName());

  @PersistenceContext(unitName = "vita")
  EntityManager entityManager;

  @Inject Receipts receipts;
  @Inject OrderRefunds orderRefunds;
  @Inject OrderPayments orders;
  @Inject Event<RefundQueued> queued;

  Clock clock = Clock.systemUTC();

  void on(@Observes OutboxMessage message) {
    if (!"order".equals(message.aggregateType()) || !givesMoneyBack(message)) {
      return;
    }
    UUID order = UUID.fromString(message.payload().getString("orderId"));
    if (receipts.firstTime(CONSUMER, message.eventId())) {
      String reason = "order " + message.payload().getString("status");
      orderRefunds.capturedPaymentOf(order).ifPresent(payment -> queue(payment, order, reason));
    }
  }

  /**
   * A paid order cancelled, or moved to refunded by an admin's hand: its money goes back too. (A
   * refund made through payments has given it all back before its order moves, so nothing is left.)
   */
  private static boolean givesMoneyBack(OutboxMessage message) {
    String previous = message.payload().getString("previousStatus", null);
    return switch (message.eventType()) {
      case "order.cancelled" -> previous != null && !"pending".equals(previous);
      case "order.refunded" -> true;
      default -> false;
    };
  }

  /** At capture: the orders of the payment that can no longer be paid get their share back. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void forUnpayableOrders(Payment payment) {
    for (PaymentShare share : payment.shares()) {
      orders
          .find(share.orderId())
          .filter(o -> "cancelled".equals(o.status()) || "refunded".equals(o.status()))
          .ifPresent(
              o -> {
                LOG.log(
                    System.Logger.Level.WARNING,
                    "Payment {0} arrived for order {1}, which is {2}: refunding its share",
                    payment.id(),
                    o.orderId(),
                    o.status());
                queue(payment.id(), o.orderId(), "order " + o.status() + " before payment");
              });
    }
  }

  private void queue(UUID paymentId, UUID orderId, String reason) {
    Payment payment = entityManager.find(Payment.class, paymentId, LockModeType.PESSIMISTIC_WRITE);
    PaymentShare share =
        payment.shares().stream()
            .filter(s -> s.orderId().equals(orderId))
            .findFirst()
            .orElseThrow();
    long left = share.amountMinor() - orderRefunds.held(paymentId, orderId);
    if (left <= 0) {
      return;
    }
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    PaymentRefund refund =
        PaymentRefund.ask(
            paymentId,
            orderId,
            Money.ofMinor(left, payment.amount().currency()),
            reason,
            null,
            now);
    entityManager.persist(refund);
    queued.fire(new RefundQueued(refund.id()));
  }
}
