package com.vita.payments.boundary;

import static com.vita.payments.boundary.TestPayments.awaitOrder;
import static com.vita.payments.boundary.TestPayments.captures;
import static com.vita.payments.boundary.TestPayments.checkout;
import static com.vita.payments.boundary.TestPayments.confirm;
import static com.vita.payments.boundary.TestPayments.count;
import static com.vita.payments.boundary.TestPayments.intentFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vita.orders.boundary.TestShop;
import com.vita.testing.FakeStripe;
import com.vita.testing.VitaTestServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Stripe's webhook, signed as Stripe signs: each event applied once however often and however
 * concurrently it arrives, a forged or stale one refused with nothing changed, one about a payment
 * VITA never made acknowledged; and a buyer's confirm racing its own webhook captures exactly once.
 */
class PaymentWebhooksIT {

  private static final ExecutorService POOL = Executors.newFixedThreadPool(8);
  private static TestShop.Seller seller;
  private static String store;
  private static String product;

  @BeforeAll
  static void shop() {
    seller = TestShop.seller();
    store = TestShop.activeStore(seller, "CL");
    product = TestShop.product(seller, store, "Reloj", "9990", 1_000);
  }

  @AfterAll
  static void stop() {
    POOL.shutdownNow();
  }

  private static FakeStripe stripe() {
    return VitaTestServer.stripe();
  }

  private static URI hook() {
    return VitaTestServer.baseUri().resolve("/api/v1/payments/webhook/stripe");
  }

  private static String signed(String payload) {
    return FakeStripe.signature(
        payload, System.currentTimeMillis() / 1000, FakeStripe.WEBHOOK_SECRET);
  }

  /** A payment whose intent succeeded at Stripe without Stripe telling VITA yet. */
  private record Paid(String buyer, String orderId, String paymentId, String event) {}

  private static Paid paidQuietly() {
    String buyer = TestShop.buyer();
    TestPayments.Placed placed = checkout(buyer, "CL", List.of(store), List.of(product));
    var intent = intentFor(buyer, placed.checkoutId());
    String ref = intent.getString("providerRef");
    stripe().succeedQuietly(ref);
    String event = stripe().eventJson("payment_intent.succeeded", stripe().intent(ref));
    return new Paid(buyer, placed.orderIds().get(0), intent.getString("id"), event);
  }

  @Test
  void theSameEventThreeTimesAtOnceCapturesOnce() throws Exception {
    Paid paid = paidQuietly();
    List<Callable<Integer>> deliveries = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      deliveries.add(() -> stripe().deliver(hook(), paid.event(), signed(paid.event())));
    }
    for (Future<Integer> status : POOL.invokeAll(deliveries)) {
      assertEquals(200, status.get());
    }
    assertEquals(1, captures(paid.paymentId()));
    assertEquals("confirmed", awaitOrder(paid.buyer(), paid.orderId(), "confirmed"));
    String eventId =
        Json.createReader(new java.io.StringReader(paid.event())).readObject().getString("id");
    assertEquals(
        1,
        count(
            "select count(*) as n from provider_event where provider = 'stripe' and event_id = ?"
                + " and outcome = 'applied'",
            eventId));
    assertEquals(
        1,
        count(
            "select count(*) as n from outbox_event where aggregate_id = ?"
                + " and event_type = 'payment.captured'",
            UUID.fromString(paid.paymentId())));
  }

  @Test
  void aForgedOrStaleSignatureIsRefusedAndChangesNothing() throws Exception {
    Paid paid = paidQuietly();
    String forged =
        FakeStripe.signature(paid.event(), System.currentTimeMillis() / 1000, "whsec_other");
    assertEquals(400, stripe().deliver(hook(), paid.event(), forged));
    String stale =
        FakeStripe.signature(
            paid.event(), System.currentTimeMillis() / 1000 - 600, FakeStripe.WEBHOOK_SECRET);
    assertEquals(400, stripe().deliver(hook(), paid.event(), stale));
    String tampered = paid.event().replace("\"succeeded\"", "\"canceled\"");
    assertEquals(400, stripe().deliver(hook(), tampered, signed(paid.event())));
    assertEquals(400, stripe().deliver(hook(), paid.event(), ""));
    assertEquals(0, captures(paid.paymentId()));
    assertEquals("pending", awaitOrder(paid.buyer(), paid.orderId(), "pending"));
    // the genuine one still works afterwards
    assertEquals(200, stripe().deliver(hook(), paid.event(), signed(paid.event())));
    assertEquals(1, captures(paid.paymentId()));
  }

  @Test
  void anEventAboutAnUnknownPaymentOrOfAnotherKindIsAcknowledged() throws Exception {
    JsonObject stranger =
        Json.createObjectBuilder()
            .add("id", "pi_nobody_" + System.nanoTime())
            .add("object", "payment_intent")
            .add("amount", 1000)
            .add("amount_received", 1000)
            .add("currency", "clp")
            .add("status", "succeeded")
            .add("metadata", Json.createObjectBuilder())
            .build();
    String event = stripe().eventJson("payment_intent.succeeded", stranger);
    assertEquals(200, stripe().deliver(hook(), event, signed(event)));
    String other =
        stripe()
            .eventJson(
                "customer.created",
                Json.createObjectBuilder().add("id", "cus_1").add("object", "customer").build());
    assertEquals(200, stripe().deliver(hook(), other, signed(other)));
    assertEquals(
        1,
        count(
            "select count(*) as n from provider_event where object_ref = ?"
                + " and outcome = 'unknown_payment'",
            stranger.getString("id")));
  }

  @Test
  void aSucceededArrivingAfterTheRefundDoesNotUndoIt() throws Exception {
    Paid paid = paidQuietly();
    assertEquals(200, stripe().deliver(hook(), paid.event(), signed(paid.event())));
    TestPayments.refund(seller.token(), Map.of("orderId", paid.orderId())).then().statusCode(201);
    assertEquals("refunded", awaitOrder(paid.buyer(), paid.orderId(), "refunded"));
    // Stripe resends the old success under a new event id: a late message
    JsonObject old =
        Json.createReader(new java.io.StringReader(paid.event()))
            .readObject()
            .getJsonObject("data")
            .getJsonObject("object");
    String again = stripe().eventJson("payment_intent.succeeded", old);
    assertEquals(200, stripe().deliver(hook(), again, signed(again)));
    TestShop.as(paid.buyer())
        .get("/api/v1/payments/" + paid.paymentId())
        .then()
        .statusCode(200)
        .body("status", org.hamcrest.Matchers.equalTo("refunded"));
    assertEquals(1, captures(paid.paymentId()));
  }

  @Test
  void aConfirmRacingItsWebhookCapturesExactlyOnceFortyTimes() throws Exception {
    List<String> payments = new ArrayList<>();
    List<Callable<Integer>> confirms = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      String buyer = TestShop.buyer();
      TestPayments.Placed placed = checkout(buyer, "CL", List.of(store), List.of(product));
      String payment = intentFor(buyer, placed.checkoutId()).getString("id");
      payments.add(payment);
      // the fake sends payment_intent.succeeded the moment it answered the confirm
      confirms.add(() -> confirm(buyer, payment, "pm_card_visa").statusCode());
    }
    for (Future<Integer> status : POOL.invokeAll(confirms)) {
      assertEquals(200, status.get());
    }
    assertTrue(stripe().awaitWebhooks(java.time.Duration.ofSeconds(30)));
    for (String payment : payments) {
      assertEquals(1, captures(payment), "payment " + payment);
      assertEquals(
          1,
          count(
              "select count(*) as n from outbox_event where aggregate_id = ?"
                  + " and event_type = 'payment.captured'",
              UUID.fromString(payment)));
    }
    PaymentsIT.assertLedgerBalanced();
  }
}
