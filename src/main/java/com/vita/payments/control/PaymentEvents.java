package com.vita.payments.control;

import com.vita.payments.entity.Payment;
import com.vita.payments.entity.PaymentRefund;
import com.vita.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;

/**
 * Announces captures and refunds through the outbox, in the transaction that booked them: {@code
 * payment.captured} (orders confirm the orders it paid) and {@code payment.refunded} (with {@code
 * full} when the order's whole share went back: orders moves it to refunded).
 */
@ApplicationScoped
public class PaymentEvents {

  public static final String AGGREGATE = "payment";

  @Inject Outbox outbox;

  public void captured(Payment payment, Instant at) {
    JsonArrayBuilder orders = Json.createArrayBuilder();
    payment.orderIds().forEach(id -> orders.add(id.toString()));
    JsonObjectBuilder payload = base(payment, at).add("orderIds", orders);
    outbox.append(AGGREGATE, payment.id(), "payment.captured", payload.build());
  }

  public void refunded(
      Payment payment, PaymentRefund refund, long orderRefunded, long orderAmount, Instant at) {
    JsonObjectBuilder payload =
        base(payment, at)
            .add("refundId", refund.id().toString())
            .add("orderId", refund.orderId().toString())
            .add("refundMinor", refund.amount().minorUnits())
            .add("orderRefundedMinor", orderRefunded)
            .add("orderAmountMinor", orderAmount)
            .add("full", orderRefunded == orderAmount);
    outbox.append(AGGREGATE, payment.id(), "payment.refunded", payload.build());
  }

  private static JsonObjectBuilder base(Payment payment, Instant at) {
    JsonObjectBuilder payload =
        Json.createObjectBuilder()
            .add("paymentId", payment.id().toString())
            .add("buyerId", payment.buyerId().toString())
            .add("provider", payment.provider())
            .add("status", payment.status().value())
            .add("currency", payment.amount().currency().getCurrencyCode())
            .add("amountMinor", payment.amount().minorUnits())
            .add("occurredAt", at.toString());
    if (payment.checkoutId() == null) {
      payload.addNull("checkoutId");
    } else {
      payload.add("checkoutId", payment.checkoutId().toString());
    }
    return payload;
  }
}
