package com.vita.payments.control;

import com.stripe.exception.EventDataObjectDeserializationException;
import com.stripe.model.Event;
import com.stripe.model.PaymentIntent;
import com.stripe.model.Refund;
import com.stripe.model.StripeError;
import com.stripe.model.StripeObject;
import com.vita.payments.entity.PaymentStatus;
import com.vita.payments.entity.RefundStatus;
import java.util.Locale;
import java.util.UUID;

/**
 * Stripe's objects in VITA's terms. A PaymentIntent waiting for a payment method after a failed
 * attempt ({@code last_payment_error} set) is {@code failed}; waiting for the buyer otherwise is
 * {@code requires_action}; {@code requires_capture} does not happen (capture is automatic) and
 * counts as processing.
 */
final class StripeStates {

  private StripeStates() {}

  static ProviderPayment of(PaymentIntent intent) {
    StripeError error = intent.getLastPaymentError();
    PaymentStatus status =
        switch (intent.getStatus()) {
          case "succeeded" -> PaymentStatus.SUCCEEDED;
          case "processing", "requires_capture" -> PaymentStatus.PROCESSING;
          case "canceled" -> PaymentStatus.CANCELLED;
          case "requires_payment_method" ->
              error == null ? PaymentStatus.REQUIRES_ACTION : PaymentStatus.FAILED;
          default -> PaymentStatus.REQUIRES_ACTION; // requires_confirmation, requires_action
        };
    long received = intent.getAmountReceived() == null ? 0 : intent.getAmountReceived();
    return new ProviderPayment(
        intent.getId(),
        status,
        StripeAmounts.fromStripe(received, intent.getCurrency()).minorUnits(),
        intent.getCurrency().toUpperCase(Locale.ROOT),
        error == null ? null : error.getCode(),
        error == null ? null : error.getMessage(),
        intent.getNextAction() == null ? null : intent.getNextAction().getType());
  }

  /**
   * A declined confirmation: the intent as Stripe sent it with the error, or what the error says.
   */
  static ProviderPayment declined(
      String providerRef, PaymentIntent intent, String code, StripeError error) {
    if (intent != null && intent.getStatus() != null) {
      ProviderPayment state = of(intent);
      if (state.status() == PaymentStatus.FAILED) {
        return state;
      }
    }
    return new ProviderPayment(
        providerRef,
        PaymentStatus.FAILED,
        0,
        null,
        code == null ? "card_declined" : code,
        error == null ? "The card was declined" : error.getMessage(),
        null);
  }

  static ProviderRefund of(Refund refund) {
    RefundStatus status =
        switch (refund.getStatus()) {
          case "succeeded" -> RefundStatus.SUCCEEDED;
          case "failed", "canceled" -> RefundStatus.FAILED;
          default -> RefundStatus.PENDING; // pending, requires_action
        };
    String vitaId =
        refund.getMetadata() == null ? null : refund.getMetadata().get("vita_refund_id");
    return new ProviderRefund(
        refund.getId(),
        refund.getPaymentIntent(),
        parse(vitaId),
        status,
        StripeAmounts.fromStripe(refund.getAmount(), refund.getCurrency()).minorUnits(),
        refund.getCurrency().toUpperCase(Locale.ROOT));
  }

  /**
   * The event's object. Stripe's client refuses to read an object written for another API version
   * than its own; the fields VITA reads (id, status, amounts, metadata) are stable across versions,
   * so such an event is read anyway rather than lost.
   */
  static StripeObject objectOf(Event event) {
    return event
        .getDataObjectDeserializer()
        .getObject()
        .orElseGet(
            () -> {
              try {
                return event.getDataObjectDeserializer().deserializeUnsafe();
              } catch (EventDataObjectDeserializationException e) {
                return null;
              }
            });
  }

  private static UUID parse(String id) {
    try {
      return id == null ? null : UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
