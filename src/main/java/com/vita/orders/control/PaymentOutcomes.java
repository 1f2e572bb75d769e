package com.vita.orders.control;

import com.vita.platform.outbox.OutboxMessage;
import com.vita.platform.outbox.Receipts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import java.util.List;
import java.util.UUID;

/**
 * Payments' events as they leave the outbox: {@code payment.captured} confirms the orders it paid;
 * {@code payment.refunded} with {@code full: true} moves its order to refunded. Each event acts
 * once ({@link Receipts}, in the delivery's transaction). A payment that arrived for an order
 * already cancelled (expired unpaid) is logged for an admin: the money must go back.
 */
@ApplicationScoped
public class PaymentOutcomes {

  static final String CONSUMER = "orders.payments";
  private static final System.Logger LOG = System.getLogger(PaymentOutcomes.class.getName());

  @Inject Receipts receipts;
  @Inject OrderPayments payments;

  void on(@Observes OutboxMessage message) {
    if (!"payment".equals(message.aggregateType())) {
      return;
    }
    switch (message.eventType()) {
      case "payment.captured" -> captured(message);
      case "payment.refunded" -> refunded(message);
      default -> {}
    }
  }

  private void captured(OutboxMessage message) {
    List<UUID> orders =
        message.payload().getJsonArray("orderIds").getValuesAs(JsonString.class).stream()
            .map(s -> UUID.fromString(s.getString()))
            .toList();
    if (!receipts.firstTime(CONSUMER, message.eventId())) {
      return;
    }
    OrderPayments.Outcome outcome = payments.confirmPaid(orders);
    if (!outcome.notPayable().isEmpty()) {
      LOG.log(
          System.Logger.Level.INFO,
          "Payment {0} arrived for orders no longer payable {1}: payments refunds them",
          message.aggregateId(),
          outcome.notPayable());
    }
  }

  private void refunded(OutboxMessage message) {
    if (!message.payload().getBoolean("full", false)) {
      return;
    }
    UUID order = UUID.fromString(message.payload().getString("orderId"));
    if (receipts.firstTime(CONSUMER, message.eventId())) {
      payments.refundedInFull(order);
    }
  }
}
