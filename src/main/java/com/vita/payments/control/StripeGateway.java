package com.vita.payments.control;

import com.stripe.StripeClient;
import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.CardException;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.exception.StripeException;
import com.stripe.model.Event;
import com.stripe.model.PaymentIntent;
import com.stripe.model.Refund;
import com.stripe.model.StripeObject;
import com.stripe.net.RequestOptions;
import com.stripe.net.Webhook;
import com.stripe.param.PaymentIntentConfirmParams;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.RefundCreateParams;
import com.vita.platform.providers.ProviderCalls;
import com.vita.platform.providers.ProviderRefused;
import com.vita.platform.providers.ProviderTimedOut;
import com.vita.platform.providers.ProviderUnavailable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.SocketTimeoutException;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Card payments through Stripe's own Java client: PaymentIntents with automatic payment methods,
 * VITA's payment and order ids in their metadata, Stripe idempotency keys on every mutating call,
 * refunds tied to VITA's refund id, and webhooks verified by {@link Webhook#constructEvent} on the
 * raw body. Each call is counted and timed as {@code stripe_api_calls_total{operation, result}} and
 * {@code stripe_api_duration_seconds}; stripe-java retries network failures itself (with the same
 * idempotency key).
 */
@ApplicationScoped
public class StripeGateway implements PaymentGateway {

  static final String PROVIDER = "stripe";

  @Inject
  @ConfigProperty(name = "stripe.secret-key")
  Optional<String> secretKey;

  @Inject
  @ConfigProperty(name = "stripe.webhook-secret")
  Optional<String> webhookSecret;

  @Inject
  @ConfigProperty(name = "stripe.api-base", defaultValue = "https://api.stripe.com")
  String apiBase;

  @Inject
  @ConfigProperty(name = "stripe.webhook-tolerance-seconds", defaultValue = "300")
  long toleranceSeconds;

  @Inject ProviderCalls calls;

  private volatile StripeClient client;

  @Override
  public String provider() {
    return PROVIDER;
  }

  @Override
  public boolean sandbox() {
    return false;
  }

  @Override
  public Intent createIntent(IntentRequest request) {
    PaymentIntentCreateParams.Builder params =
        PaymentIntentCreateParams.builder()
            .setAmount(StripeAmounts.toStripe(request.amount()))
            .setCurrency(StripeAmounts.code(request.amount().currency()))
            .setAutomaticPaymentMethods(
                PaymentIntentCreateParams.AutomaticPaymentMethods.builder()
                    .setEnabled(true)
                    .build())
            .setDescription("VITA payment " + request.paymentId())
            .putMetadata("vita_payment_id", request.paymentId().toString())
            .putMetadata("vita_buyer_id", request.buyerId().toString())
            .putMetadata(
                "vita_order_ids",
                request.orderIds().stream().map(Object::toString).collect(Collectors.joining(",")));
    if (request.checkoutId() != null) {
      params.putMetadata("vita_checkout_id", request.checkoutId().toString());
    }
    PaymentIntent intent =
        call(
            "create_intent",
            () ->
                client()
                    .v1()
                    .paymentIntents()
                    .create(params.build(), keyed(request.idempotencyKey())));
    return new Intent(intent.getId(), intent.getClientSecret(), StripeStates.of(intent));
  }

  @Override
  public ProviderPayment confirm(String providerRef, String paymentMethod, String idempotencyKey) {
    PaymentIntentConfirmParams params =
        PaymentIntentConfirmParams.builder().setPaymentMethod(paymentMethod).build();
    long start = System.nanoTime();
    try {
      PaymentIntent intent =
          client().v1().paymentIntents().confirm(providerRef, params, keyed(idempotencyKey));
      calls.record(PROVIDER, "confirm", "success", start);
      return StripeStates.of(intent);
    } catch (CardException e) {
      // A decline is an answer, not a failure of Stripe: the intent is back to needing a card.
      calls.record(PROVIDER, "confirm", "http_4xx", start);
      PaymentIntent intent =
          e.getStripeError() == null ? null : e.getStripeError().getPaymentIntent();
      return StripeStates.declined(providerRef, intent, e.getCode(), e.getStripeError());
    } catch (StripeException e) {
      throw translated("confirm", e, start);
    }
  }

  @Override
  public ProviderPayment lookup(String providerRef) {
    return StripeStates.of(
        call("retrieve_intent", () -> client().v1().paymentIntents().retrieve(providerRef)));
  }

  @Override
  public ProviderRefund refund(RefundRequest request) {
    RefundCreateParams.Builder params =
        RefundCreateParams.builder()
            .setPaymentIntent(request.paymentRef())
            .setAmount(StripeAmounts.toStripe(request.amount()))
            .putMetadata("vita_refund_id", request.refundId().toString())
            .putMetadata("vita_order_id", request.orderId().toString());
    if ("requested_by_customer".equals(request.reason())) {
      params.setReason(RefundCreateParams.Reason.REQUESTED_BY_CUSTOMER);
    }
    Refund refund =
        call(
            "create_refund",
            () -> client().v1().refunds().create(params.build(), keyed(request.idempotencyKey())));
    return StripeStates.of(refund);
  }

  @Override
  public ProviderRefund lookupRefund(String providerRefundRef) {
    return StripeStates.of(
        call("retrieve_refund", () -> client().v1().refunds().retrieve(providerRefundRef)));
  }

  @Override
  public ProviderNotice verify(String payload, String signatureHeader) {
    String secret = webhookSecret.filter(s -> !s.isBlank()).orElse(null);
    if (secret == null) {
      throw new InvalidWebhook("Stripe webhooks are not configured here (STRIPE_WEBHOOK_SECRET)");
    }
    if (signatureHeader == null || signatureHeader.isBlank()) {
      throw new InvalidWebhook("The Stripe-Signature header is missing");
    }
    Event event;
    try {
      event = Webhook.constructEvent(payload, signatureHeader, secret, toleranceSeconds);
    } catch (SignatureVerificationException e) {
      throw new InvalidWebhook("The Stripe signature does not verify: " + e.getMessage());
    } catch (RuntimeException e) { // an unparseable body
      throw new InvalidWebhook("The body is not a Stripe event");
    }
    StripeObject object = StripeStates.objectOf(event);
    if (object instanceof PaymentIntent intent && event.getType().startsWith("payment_intent.")) {
      return new ProviderNotice(event.getId(), event.getType(), StripeStates.of(intent), null);
    }
    if (object instanceof Refund refund && event.getType().startsWith("refund.")) {
      return new ProviderNotice(event.getId(), event.getType(), null, StripeStates.of(refund));
    }
    return new ProviderNotice(event.getId(), event.getType(), null, null);
  }

  private interface StripeCall<T> {
    T run() throws StripeException;
  }

  private <T> T call(String operation, StripeCall<T> call) {
    long start = System.nanoTime();
    try {
      T answer = call.run();
      calls.record(PROVIDER, operation, "success", start);
      return answer;
    } catch (StripeException e) {
      throw translated(operation, e, start);
    }
  }

  /** Stripe's failures as the three kinds VITA tells apart, counted by result. */
  private RuntimeException translated(String operation, StripeException e, long start) {
    if (e instanceof ApiConnectionException) {
      boolean timedOut = e.getCause() instanceof SocketTimeoutException;
      calls.record(PROVIDER, operation, timedOut ? "timeout" : "network", start);
      return timedOut
          ? new ProviderTimedOut("Stripe did not answer in time", e)
          : new ProviderUnavailable("Stripe could not be reached", e);
    }
    int status = e.getStatusCode() == null ? 0 : e.getStatusCode();
    calls.record(PROVIDER, operation, "http_" + (status / 100) + "xx", start);
    if (status >= 500 || status == 429 || status == 0) {
      return new ProviderUnavailable("Stripe answered " + status + " to " + operation, e);
    }
    return new ProviderRefused(
        "Stripe refused " + operation + " (" + e.getCode() + "): " + e.getMessage(), status, e);
  }

  private static RequestOptions keyed(String idempotencyKey) {
    return RequestOptions.builder().setIdempotencyKey(idempotencyKey).build();
  }

  private StripeClient client() {
    StripeClient current = client;
    if (current == null) {
      current =
          StripeClient.builder()
              .setApiKey(secretKey.orElseThrow())
              .setApiBase(apiBase)
              .setConnectTimeout(3_000)
              .setReadTimeout(20_000)
              .setMaxNetworkRetries(2)
              .build();
      client = current;
    }
    return current;
  }
}
