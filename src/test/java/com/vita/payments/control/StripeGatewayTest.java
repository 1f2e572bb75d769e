package com.vita.payments.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vita.devstack.FreePort;
import com.vita.payments.entity.PaymentStatus;
import com.vita.payments.entity.RefundStatus;
import com.vita.platform.money.Money;
import com.vita.platform.providers.ProviderCalls;
import com.vita.platform.providers.ProviderRefused;
import com.vita.platform.providers.ProviderUnavailable;
import com.vita.testing.FakeStripe;
import jakarta.json.Json;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Stripe gateway with the real stripe-java client against the local fake of Stripe: VITA's
 * terms in and out, each call counted with its result, Stripe's failures translated into the three
 * kinds VITA tells apart, and webhooks verified and read.
 */
class StripeGatewayTest {

  private static FakeStripe fake;
  private static final List<String> RECORDED = new ArrayList<>();

  @BeforeAll
  static void start() throws Exception {
    fake = FakeStripe.start();
  }

  @AfterAll
  static void stop() {
    fake.close();
  }

  private static StripeGateway gateway(String apiBase) {
    StripeGateway gateway = new StripeGateway();
    gateway.secretKey = Optional.of(FakeStripe.SECRET_KEY);
    gateway.webhookSecret = Optional.of(FakeStripe.WEBHOOK_SECRET);
    gateway.apiBase = apiBase;
    gateway.toleranceSeconds = 300;
    gateway.calls =
        new ProviderCalls() {
          @Override
          public void record(String provider, String operation, String result, long startNanos) {
            synchronized (RECORDED) {
              RECORDED.add(provider + ":" + operation + ":" + result);
            }
          }
        };
    return gateway;
  }

  private static PaymentGateway.IntentRequest request(long minor, String currency) {
    return new PaymentGateway.IntentRequest(
        UUID.randomUUID(),
        UUID.randomUUID(),
        List.of(UUID.randomUUID()),
        UUID.randomUUID(),
        Money.ofMinor(minor, Currency.getInstance(currency)),
        "vita-intent-" + UUID.randomUUID());
  }

  @Test
  void anIntentIsCreatedConfirmedRefundedAndLookedUp() {
    StripeGateway stripe = gateway(fake.baseUrl());
    PaymentGateway.Intent intent = stripe.createIntent(request(15_000, "CLP"));
    assertTrue(intent.providerRef().startsWith("pi_"));
    assertEquals(PaymentStatus.REQUIRES_ACTION, intent.state().status());
    assertTrue(RECORDED.contains("stripe:create_intent:success"));

    ProviderPayment paid =
        stripe.confirm(intent.providerRef(), "pm_card_visa", "k-" + UUID.randomUUID());
    assertEquals(PaymentStatus.SUCCEEDED, paid.status());
    assertEquals(15_000, paid.amountReceivedMinor());
    assertEquals("CLP", paid.currency());
    assertEquals(paid.status(), stripe.lookup(intent.providerRef()).status());

    UUID refundId = UUID.randomUUID();
    ProviderRefund refund =
        stripe.refund(
            new PaymentGateway.RefundRequest(
                refundId,
                UUID.randomUUID(),
                intent.providerRef(),
                Money.ofMinor(5_000, Currency.getInstance("CLP")),
                "requested_by_customer",
                "vita-refund-" + refundId));
    assertEquals(RefundStatus.SUCCEEDED, refund.status());
    assertEquals(refundId, refund.refundId());
    assertEquals(5_000, refund.amountMinor());
    assertEquals(refund.status(), stripe.lookupRefund(refund.providerRef()).status());
  }

  @Test
  void aDeclineIsAFailedPaymentNotAFailureOfStripe() {
    StripeGateway stripe = gateway(fake.baseUrl());
    PaymentGateway.Intent intent = stripe.createIntent(request(1_999, "EUR"));
    ProviderPayment declined =
        stripe.confirm(intent.providerRef(), "pm_card_chargeDeclined", "k-" + UUID.randomUUID());
    assertEquals(PaymentStatus.FAILED, declined.status());
    assertEquals("card_declined", declined.failureCode());
    assertTrue(RECORDED.contains("stripe:confirm:http_4xx"));
    ProviderPayment threeDs =
        stripe.confirm(
            stripe.createIntent(request(1_999, "EUR")).providerRef(),
            "pm_card_authenticationRequired",
            "k-" + UUID.randomUUID());
    assertEquals(PaymentStatus.REQUIRES_ACTION, threeDs.status());
    assertEquals("use_stripe_sdk", threeDs.nextAction());
  }

  @Test
  void stripesFailuresAreTranslated() throws Exception {
    StripeGateway stripe = gateway(fake.baseUrl());
    ProviderRefused missing =
        assertThrows(ProviderRefused.class, () -> stripe.lookup("pi_nothing"));
    assertEquals(404, missing.status());
    assertThrows(ProviderRefused.class, () -> stripe.lookupRefund("re_nothing"));
    StripeGateway nowhere = gateway("http://127.0.0.1:" + FreePort.find());
    assertThrows(ProviderUnavailable.class, () -> nowhere.lookup("pi_any"));
    assertTrue(RECORDED.contains("stripe:retrieve_intent:network"), RECORDED.toString());
    StripeGateway wrongKey = gateway(fake.baseUrl());
    wrongKey.secretKey = Optional.of("sk_test_wrong");
    assertThrows(ProviderRefused.class, () -> wrongKey.createIntent(request(100, "CLP")));
  }

  @Test
  void webhooksAreVerifiedOnTheRawBodyAndRead() {
    StripeGateway stripe = gateway(fake.baseUrl());
    PaymentGateway.Intent intent = stripe.createIntent(request(7_000, "CLP"));
    String event = fake.eventJson("payment_intent.processing", fake.intent(intent.providerRef()));
    long now = System.currentTimeMillis() / 1000;
    ProviderNotice notice =
        stripe.verify(event, FakeStripe.signature(event, now, FakeStripe.WEBHOOK_SECRET));
    assertEquals("payment_intent.processing", notice.type());
    assertNotNull(notice.payment());
    assertEquals(intent.providerRef(), notice.objectRef());

    String other =
        fake.eventJson(
            "customer.created",
            Json.createObjectBuilder().add("id", "cus_1").add("object", "customer").build());
    ProviderNotice unhandled =
        stripe.verify(other, FakeStripe.signature(other, now, FakeStripe.WEBHOOK_SECRET));
    assertTrue(unhandled.isOther());
    assertNull(unhandled.objectRef());

    assertThrows(InvalidWebhook.class, () -> stripe.verify(event, null));
    assertThrows(
        InvalidWebhook.class,
        () ->
            stripe.verify(
                event, FakeStripe.signature(event, now - 301, FakeStripe.WEBHOOK_SECRET)));
    assertThrows(
        InvalidWebhook.class,
        () ->
            stripe.verify(
                "not json", FakeStripe.signature("not json", now, FakeStripe.WEBHOOK_SECRET)));
    StripeGateway unconfigured = gateway(fake.baseUrl());
    unconfigured.webhookSecret = Optional.empty();
    assertThrows(
        InvalidWebhook.class,
        () ->
            unconfigured.verify(
                event, FakeStripe.signature(event, now, FakeStripe.WEBHOOK_SECRET)));
  }
}
