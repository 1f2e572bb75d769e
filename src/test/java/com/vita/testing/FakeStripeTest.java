package com.vita.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.stripe.StripeClient;
import com.stripe.exception.AuthenticationException;
import com.stripe.exception.CardException;
import com.stripe.exception.IdempotencyException;
import com.stripe.exception.InvalidRequestException;
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
import com.sun.net.httpserver.HttpServer;
import com.vita.devstack.FreePort;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fake answers the real stripe-java client as Stripe does, and signs as Stripe signs. */
class FakeStripeTest {

  private FakeStripe fake;
  private StripeClient client;

  @BeforeEach
  void start() throws IOException {
    fake = FakeStripe.start();
    client =
        StripeClient.builder().setApiKey(FakeStripe.SECRET_KEY).setApiBase(fake.baseUrl()).build();
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  private PaymentIntent create(long amount, String currency) throws StripeException {
    return client
        .v1()
        .paymentIntents()
        .create(
            PaymentIntentCreateParams.builder()
                .setAmount(amount)
                .setCurrency(currency)
                .putMetadata("checkout_id", "chk-1")
                .setAutomaticPaymentMethods(
                    PaymentIntentCreateParams.AutomaticPaymentMethods.builder()
                        .setEnabled(true)
                        .build())
                .build());
  }

  private PaymentIntent confirm(String id, String paymentMethod) throws StripeException {
    return client
        .v1()
        .paymentIntents()
        .confirm(id, PaymentIntentConfirmParams.builder().setPaymentMethod(paymentMethod).build());
  }

  private PaymentIntent paid(long amount, String currency) throws StripeException {
    return confirm(create(amount, currency).getId(), "pm_card_visa");
  }

  private Refund refund(String intentId, Long amount) throws StripeException {
    RefundCreateParams.Builder params = RefundCreateParams.builder().setPaymentIntent(intentId);
    if (amount != null) {
      params.setAmount(amount);
    }
    return client.v1().refunds().create(params.build());
  }

  private List<String> eventTypes() {
    return fake.events().stream().map(event -> event.getString("type")).toList();
  }

  @Test
  void createsAndConfirmsInClpAndEur() throws StripeException {
    PaymentIntent clp = create(15000, "clp");
    assertTrue(clp.getId().matches("pi_[A-Za-z0-9]{24}"), clp.getId());
    assertEquals("requires_payment_method", clp.getStatus());
    assertEquals(15000L, clp.getAmount());
    assertEquals(0L, clp.getAmountReceived());
    assertEquals("clp", clp.getCurrency());
    assertEquals("chk-1", clp.getMetadata().get("checkout_id"));
    assertTrue(clp.getClientSecret().startsWith(clp.getId() + "_secret_"));
    assertNull(clp.getLatestCharge());
    assertEquals("true", fake.requests().get(0).params().get("automatic_payment_methods[enabled]"));

    PaymentIntent paidClp = confirm(clp.getId(), "pm_card_visa");
    assertEquals("succeeded", paidClp.getStatus());
    assertEquals(15000L, paidClp.getAmountReceived());
    assertTrue(paidClp.getLatestCharge().startsWith("ch_"));

    PaymentIntent eur = paid(1999, "eur");
    assertEquals("succeeded", eur.getStatus());
    assertEquals(1999L, eur.getAmountReceived());
    assertEquals("succeeded", client.v1().paymentIntents().retrieve(eur.getId()).getStatus());
    assertEquals(
        List.of(
            "payment_intent.created",
            "payment_intent.succeeded",
            "payment_intent.created",
            "payment_intent.succeeded"),
        eventTypes());
  }

  @Test
  void declinedCardIsA402CardError() throws StripeException {
    String id = create(15000, "clp").getId();
    CardException declined =
        assertThrows(CardException.class, () -> confirm(id, "pm_card_chargeDeclined"));
    assertEquals(402, declined.getStatusCode());
    assertEquals("card_declined", declined.getCode());
    assertEquals("generic_decline", declined.getDeclineCode());
    assertEquals(id, declined.getStripeError().getPaymentIntent().getId());

    PaymentIntent after = client.v1().paymentIntents().retrieve(id);
    assertEquals("requires_payment_method", after.getStatus());
    assertEquals("card_declined", after.getLastPaymentError().getCode());
    assertEquals("payment_intent.payment_failed", eventTypes().get(1));

    assertEquals("succeeded", confirm(id, "pm_card_visa").getStatus());
  }

  @Test
  void authenticationRequiredWaitsForAction() throws StripeException {
    PaymentIntent intent = confirm(create(1999, "eur").getId(), "pm_card_authenticationRequired");
    assertEquals("requires_action", intent.getStatus());
    assertEquals("use_stripe_sdk", intent.getNextAction().getType());
    assertEquals("payment_intent.requires_action", eventTypes().get(1));
  }

  @Test
  void refusesWhatStripeRefuses() throws StripeException {
    InvalidRequestException small =
        assertThrows(InvalidRequestException.class, () -> create(10, "eur"));
    assertEquals(400, small.getStatusCode());
    assertEquals("amount_too_small", small.getCode());
    assertEquals("amount", small.getParam());
    assertEquals(
        "amount_too_small",
        assertThrows(InvalidRequestException.class, () -> create(999, "mxn")).getCode());
    assertEquals("requires_payment_method", create(1000, "mxn").getStatus());

    InvalidRequestException missing =
        assertThrows(
            InvalidRequestException.class,
            () -> client.v1().paymentIntents().retrieve("pi_unknown"));
    assertEquals(404, missing.getStatusCode());
    assertEquals("resource_missing", missing.getCode());

    StripeClient wrongKey =
        StripeClient.builder().setApiKey("sk_test_someone_else").setApiBase(fake.baseUrl()).build();
    AuthenticationException refused =
        assertThrows(AuthenticationException.class, () -> wrongKey.v1().refunds().retrieve("re_x"));
    assertEquals(401, refused.getStatusCode());
    assertTrue(refused.getMessage().contains("Invalid API Key provided"), refused.getMessage());
  }

  @Test
  void succeededAndCanceledIntentsCannotMove() throws StripeException {
    String paid = paid(1999, "eur").getId();
    assertEquals(
        "payment_intent_unexpected_state",
        assertThrows(InvalidRequestException.class, () -> confirm(paid, "pm_card_visa")).getCode());
    assertEquals(
        "payment_intent_unexpected_state",
        assertThrows(InvalidRequestException.class, () -> client.v1().paymentIntents().cancel(paid))
            .getCode());

    String open = create(15000, "clp").getId();
    assertEquals("canceled", client.v1().paymentIntents().cancel(open).getStatus());
    assertEquals(
        "payment_intent_unexpected_state",
        assertThrows(InvalidRequestException.class, () -> confirm(open, "pm_card_visa")).getCode());
    assertTrue(eventTypes().contains("payment_intent.canceled"));
  }

  @Test
  void refundsPartThenTheRestThenNothingMore() throws StripeException {
    PaymentIntent intent = paid(15000, "clp");
    Refund part = refund(intent.getId(), 5000L);
    assertTrue(part.getId().startsWith("re_"));
    assertEquals(5000L, part.getAmount());
    assertEquals("succeeded", part.getStatus());
    assertEquals(intent.getLatestCharge(), part.getCharge());
    assertEquals(
        "amount_too_large",
        assertThrows(InvalidRequestException.class, () -> refund(intent.getId(), 10001L))
            .getCode());

    Refund rest = refund(intent.getId(), null);
    assertEquals(10000L, rest.getAmount());
    InvalidRequestException again =
        assertThrows(InvalidRequestException.class, () -> refund(intent.getId(), 1L));
    assertEquals("charge_already_refunded", again.getCode());

    assertEquals(5000L, client.v1().refunds().retrieve(part.getId()).getAmount());
    assertTrue(
        fake.requests().stream()
            .filter(r -> r.path().equals("/v1/refunds"))
            .allMatch(r -> r.idempotencyKey() != null && !r.idempotencyKey().isBlank()),
        "stripe-java sends an Idempotency-Key with each POST");
    assertEquals(2, eventTypes().stream().filter("refund.created"::equals).count());
    String unpaid = create(1999, "eur").getId();
    assertThrows(InvalidRequestException.class, () -> refund(unpaid, null));
  }

  @Test
  void pendingRefundCompletesLater() throws StripeException {
    PaymentIntent intent = paid(1999, "eur");
    fake.nextRefundPending();
    Refund pending = refund(intent.getId(), 999L);
    assertEquals("pending", pending.getStatus());
    fake.completeRefund(pending.getId());
    assertEquals("succeeded", client.v1().refunds().retrieve(pending.getId()).getStatus());
    JsonObject updated = fake.events().get(fake.events().size() - 1);
    assertEquals("refund.updated", updated.getString("type"));
    assertEquals(
        "succeeded", updated.getJsonObject("data").getJsonObject("object").getString("status"));
    assertEquals("succeeded", refund(intent.getId(), null).getStatus());
  }

  @Test
  void sameIdempotencyKeyReplaysTheFirstAnswer() throws StripeException {
    PaymentIntentCreateParams params =
        PaymentIntentCreateParams.builder().setAmount(15000L).setCurrency("clp").build();
    RequestOptions once = RequestOptions.builder().setIdempotencyKey("checkout-42").build();
    PaymentIntent first = client.v1().paymentIntents().create(params, once);
    PaymentIntent second = client.v1().paymentIntents().create(params, once);
    assertEquals(first.getId(), second.getId());
    assertEquals(1, eventTypes().stream().filter("payment_intent.created"::equals).count());
    assertEquals(2, fake.count("POST", "/v1/payment_intents"));
    assertTrue(fake.requests().get(1).replayed());
    assertEquals(
        "checkout-42", first.getLastResponse().headers().firstValue("Idempotency-Key").get());
    assertEquals(
        "true", second.getLastResponse().headers().firstValue("Idempotent-Replayed").orElse(""));
    assertEquals(first.getLastResponse().body(), second.getLastResponse().body());

    PaymentIntentCreateParams other =
        PaymentIntentCreateParams.builder().setAmount(16000L).setCurrency("clp").build();
    IdempotencyException conflict =
        assertThrows(
            IdempotencyException.class, () -> client.v1().paymentIntents().create(other, once));
    assertEquals(400, conflict.getStatusCode());
  }

  @Test
  void eventsPassStripesOwnSignatureCheck() throws Exception {
    PaymentIntent intent = paid(15000, "clp");
    String payload = fake.events().get(1).toString();
    long now = Instant.now().getEpochSecond();
    String header = FakeStripe.signature(payload, now, FakeStripe.WEBHOOK_SECRET);

    Event event = Webhook.constructEvent(payload, header, FakeStripe.WEBHOOK_SECRET, 300);
    assertEquals("payment_intent.succeeded", event.getType());
    StripeObject object = event.getDataObjectDeserializer().getObject().orElseThrow();
    PaymentIntent delivered = assertInstanceOf(PaymentIntent.class, object);
    assertEquals(intent.getId(), delivered.getId());
    assertEquals("succeeded", delivered.getStatus());

    assertThrows(
        SignatureVerificationException.class,
        () ->
            Webhook.constructEvent(
                payload.replace("\"succeeded\"", "\"canceled\""),
                header,
                FakeStripe.WEBHOOK_SECRET,
                300));
    String stale = FakeStripe.signature(payload, now - 600, FakeStripe.WEBHOOK_SECRET);
    assertThrows(
        SignatureVerificationException.class,
        () -> Webhook.constructEvent(payload, stale, FakeStripe.WEBHOOK_SECRET, 300));
    String otherSecret = FakeStripe.signature(payload, now, "whsec_other");
    assertThrows(
        SignatureVerificationException.class,
        () -> Webhook.constructEvent(payload, otherSecret, FakeStripe.WEBHOOK_SECRET, 300));

    String handMade = fake.eventJson("payment_intent.succeeded", fake.intent(intent.getId()));
    Event built =
        Webhook.constructEvent(
            handMade,
            FakeStripe.signature(handMade, now, FakeStripe.WEBHOOK_SECRET),
            FakeStripe.WEBHOOK_SECRET,
            300);
    assertTrue(built.getDataObjectDeserializer().getObject().isPresent());
  }

  private static <T> T assertInstanceOf(Class<T> type, Object value) {
    assertTrue(type.isInstance(value), () -> "not a " + type.getSimpleName() + ": " + value);
    return type.cast(value);
  }

  @Test
  void deliversSignedEventsToTheTargetAndRetries() throws Exception {
    List<String> received = new CopyOnWriteArrayList<>();
    AtomicInteger calls = new AtomicInteger();
    HttpServer target =
        HttpServer.create(
            new InetSocketAddress(InetAddress.getLoopbackAddress(), FreePort.find()), 0);
    target.createContext(
        "/webhooks/stripe",
        exchange -> {
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          String header = exchange.getRequestHeaders().getFirst("Stripe-Signature");
          int status;
          if (calls.incrementAndGet() == 1) {
            status = 500; // the first attempt fails: Stripe tries again
          } else {
            try {
              received.add(
                  Webhook.constructEvent(body, header, FakeStripe.WEBHOOK_SECRET, 300).getType());
              status = 200;
            } catch (SignatureVerificationException e) {
              status = 400;
            }
          }
          exchange.sendResponseHeaders(status, -1);
          exchange.close();
        });
    target.start();
    try {
      URI uri =
          URI.create("http://127.0.0.1:" + target.getAddress().getPort() + "/webhooks/stripe");
      fake.webhookTarget(uri);
      String id = paid(1999, "eur").getId();
      assertTrue(fake.awaitWebhooks(Duration.ofSeconds(5)));
      assertEquals(List.of("payment_intent.created", "payment_intent.succeeded"), received);
      assertEquals(3, calls.get());
      assertEquals(500, fake.deliveries().get(0).status());
      assertEquals(2, fake.deliveries().get(1).attempt());

      String quiet = create(15000, "clp").getId();
      fake.succeedQuietly(quiet);
      assertTrue(fake.awaitWebhooks(Duration.ofSeconds(5)));
      assertEquals("succeeded", client.v1().paymentIntents().retrieve(quiet).getStatus());
      assertEquals(3, received.size(), "created only: the quiet success raises no event");

      String payload = fake.events().get(1).toString();
      long now = Instant.now().getEpochSecond();
      assertEquals(
          200,
          fake.deliver(
              uri, payload, FakeStripe.signature(payload, now, FakeStripe.WEBHOOK_SECRET)));
      assertEquals(400, fake.deliver(uri, payload, "t=" + now + ",v1=00"));
      assertNotNull(fake.intent(id));
    } finally {
      target.stop(0);
    }
  }
}
