package com.vita.payments.boundary;

import static com.vita.orders.boundary.TestShop.as;
import static com.vita.payments.boundary.TestPayments.awaitOrder;
import static com.vita.payments.boundary.TestPayments.balance;
import static com.vita.payments.boundary.TestPayments.captures;
import static com.vita.payments.boundary.TestPayments.checkout;
import static com.vita.payments.boundary.TestPayments.confirm;
import static com.vita.payments.boundary.TestPayments.intent;
import static com.vita.payments.boundary.TestPayments.intentFor;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vita.orders.boundary.TestShop;
import com.vita.testing.FakeStripe;
import com.vita.testing.TestAccounts;
import com.vita.testing.TestDatabase;
import com.vita.testing.TestMetrics;
import com.vita.testing.VitaTestServer;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A checkout paid by card through Stripe (the fake, with the real stripe-java client and signed
 * webhooks): its orders confirmed, the ledger booked and balanced, each seller credited net of the
 * 10 % commission, in CLP (zero-decimal) and EUR (cents); who may see a payment and a wallet.
 */
class PaymentsIT {

  private static TestShop.Seller first;
  private static TestShop.Seller second;

  @BeforeAll
  static void sellers() {
    first = TestShop.seller();
    second = TestShop.seller();
  }

  @Test
  void aTwoSellerCheckoutInPesosIsCapturedOnceAndEachSellerIsCreditedNetOfCommission()
      throws Exception {
    TestShop.Seller first = TestShop.seller(); // fresh wallets: nothing else credits them
    TestShop.Seller second = TestShop.seller();
    String storeA = TestShop.activeStore(first, "CL");
    String storeB = TestShop.activeStore(second, "CL");
    String shoe = TestShop.product(first, storeA, "Zapato", "10495", 5);
    String mug = TestShop.product(second, storeB, "Taza", "1000", 5);
    String buyer = TestShop.buyer();
    TestPayments.Placed placed = checkout(buyer, "CL", List.of(storeA, storeB), List.of(shoe, mug));

    JsonPath intent = intentFor(buyer, placed.checkoutId());
    String payment = intent.getString("id");
    // 10495 + 3990 shipping = 14485; 1000 + 3990 = 4990 (Chilexpress, first zone, first band)
    assertEquals(19_475, intent.getLong("amountMinor"));
    assertEquals("CLP", intent.getString("currency"));
    assertEquals("requires_action", intent.getString("status"));
    assertEquals("stripe", intent.getString("provider"));
    assertEquals(false, intent.getBoolean("sandbox"));
    String ref = intent.getString("providerRef");
    assertEquals(ref + "_secret_", intent.getString("clientSecret").substring(0, ref.length() + 8));
    // Stripe got the amount in whole pesos (CLP is zero-decimal) and VITA's ids in the metadata
    JsonPath atStripe = new JsonPath(VitaTestServer.stripe().intent(ref).toString());
    assertEquals(19_475, atStripe.getLong("amount"));
    assertEquals("clp", atStripe.getString("currency"));
    assertEquals(placed.checkoutId(), atStripe.getString("metadata.vita_checkout_id"));
    assertEquals(payment, atStripe.getString("metadata.vita_payment_id"));

    confirm(buyer, payment, "pm_card_visa")
        .then()
        .statusCode(200)
        .body("status", equalTo("succeeded"))
        .body("capturedAt", notNullValue());
    assertEquals("confirmed", awaitOrder(buyer, placed.orderIds().get(0), "confirmed"));
    assertEquals("confirmed", awaitOrder(buyer, placed.orderIds().get(1), "confirmed"));
    VitaTestServer.stripe().awaitWebhooks(java.time.Duration.ofSeconds(10));
    assertEquals(1, captures(payment), "the confirm and the webhook capture once");

    // 10 % commission, half up: 1448.5 -> 1449 and 499
    assertEquals(14_485 - 1_449, balance(first.token(), first.id(), "CLP", "pending"));
    assertEquals(0, balance(first.token(), first.id(), "CLP", "available"));
    assertEquals(4_990 - 499, balance(second.token(), second.id(), "CLP", "pending"));
    assertLedgerBalanced();
  }

  @Test
  void aDeliveredOrdersMoneyBecomesAvailableToItsSeller() throws Exception {
    TestShop.Seller seller = TestShop.seller();
    String store = TestShop.activeStore(seller, "CL");
    String product = TestShop.product(seller, store, "Manta", "20000", 5);
    String buyer = TestShop.buyer();
    TestPayments.Placed placed = checkout(buyer, "CL", List.of(store), List.of(product));
    String order = placed.orderIds().get(0);
    confirm(buyer, intentFor(buyer, placed.checkoutId()).getString("id"), "pm_card_visa")
        .then()
        .body("status", equalTo("succeeded"));
    assertEquals("confirmed", awaitOrder(buyer, order, "confirmed"));
    long net = 23_990 - 2_399;
    assertEquals(net, balance(seller.token(), seller.id(), "CLP", "pending"));

    TestShop.status(seller.token(), order, "processing").then().statusCode(200);
    TestShop.status(
            seller.token(),
            order,
            Map.of("status", "shipped", "carrier", "Chilexpress", "trackingNumber", "CX-PAY-1"))
        .then()
        .statusCode(200);
    TestShop.status(TestAccounts.firstAdmin().token(), order, "delivered").then().statusCode(200);
    java.time.Instant deadline = java.time.Instant.now().plusSeconds(15);
    while (balance(seller.token(), seller.id(), "CLP", "available") == 0
        && java.time.Instant.now().isBefore(deadline)) {
      Thread.sleep(200);
    }
    assertEquals(net, balance(seller.token(), seller.id(), "CLP", "available"));
    assertEquals(0, balance(seller.token(), seller.id(), "CLP", "pending"));
    assertLedgerBalanced();
  }

  @Test
  void anAdminSetsAStoresOwnCommissionForTheSalesAfterIt() throws Exception {
    TestShop.Seller seller = TestShop.seller();
    String store = TestShop.activeStore(seller, "CL");
    String product = TestShop.product(seller, store, "Tapiz", "16010", 5);
    String admin = TestAccounts.firstAdmin().token();
    String path = "/api/v1/admin/stores/" + store + "/commission";
    as(admin).get(path).then().statusCode(200).body("rate", equalTo(0.10f));
    as(admin)
        .contentType("application/json")
        .body(Map.of("rate", 0.05))
        .put(path)
        .then()
        .statusCode(200)
        .body("rate", equalTo(0.05f))
        .body("defaultRate", equalTo(0.10f));
    as(admin)
        .contentType("application/json")
        .body(Map.of("rate", 1.5))
        .put(path)
        .then()
        .statusCode(400);
    as(seller.token()).get(path).then().statusCode(403);
    as(admin)
        .get("/api/v1/admin/stores/" + UUID.randomUUID() + "/commission")
        .then()
        .statusCode(404);

    String buyer = TestShop.buyer();
    TestPayments.Placed placed = checkout(buyer, "CL", List.of(store), List.of(product));
    confirm(buyer, intentFor(buyer, placed.checkoutId()).getString("id"), "pm_card_visa")
        .then()
        .body("status", equalTo("succeeded"));
    // 16010 + 3990 = 20000, 5 % = 1000
    assertEquals(19_000, balance(seller.token(), seller.id(), "CLP", "pending"));
  }

  @Test
  void reportsAreReadByDayAndABadDayIsRefused() throws Exception {
    String admin = TestAccounts.firstAdmin().token();
    as(admin).get("/api/v1/admin/payments/reconciliation/yesterday").then().statusCode(400);
    as(admin).get("/api/v1/admin/payments/reconciliation/1999-01-01").then().statusCode(404);
    as(admin).get("/api/v1/admin/payments/reconciliation?limit=0").then().statusCode(400);
    as(admin)
        .post("/api/v1/admin/payments/reconciliation/1999-01-02")
        .then()
        .statusCode(200)
        .body("checked", equalTo(0))
        .body("mismatches", equalTo(0));
  }

  @Test
  void everyCallToStripeThatChangesSomethingCarriesAnIdempotencyKey() {
    List<FakeStripe.Request> posts =
        stripe().requests().stream().filter(r -> "POST".equals(r.method())).toList();
    assertTrue(!posts.isEmpty());
    for (FakeStripe.Request post : posts) {
      assertTrue(
          post.idempotencyKey() != null && post.idempotencyKey().startsWith("vita-"),
          post.path() + " " + post.idempotencyKey());
    }
  }

  @Test
  void aCheckoutInEurosIsChargedInCents() throws Exception {
    TestShop.Seller seller = TestShop.seller();
    String store = TestShop.activeStore(seller, "ES");
    String book = TestShop.product(seller, store, "Libro", "19.99", 5);
    String buyer = TestShop.buyer();
    TestPayments.Placed placed = checkout(buyer, "ES", List.of(store), List.of(book));

    JsonPath intent = intentFor(buyer, placed.checkoutId());
    long amount = intent.getLong("amountMinor");
    assertEquals("EUR", intent.getString("currency"));
    JsonPath atStripe =
        new JsonPath(VitaTestServer.stripe().intent(intent.getString("providerRef")).toString());
    assertEquals(amount, atStripe.getLong("amount"), "cents, as VITA keeps them");
    assertEquals("eur", atStripe.getString("currency"));

    confirm(buyer, intent.getString("id"), "pm_card_visa").then().statusCode(200);
    assertEquals("confirmed", awaitOrder(buyer, placed.orderIds().get(0), "confirmed"));
    long commission = Math.round(amount * 0.10);
    assertEquals(amount - commission, balance(seller.token(), seller.id(), "EUR", "pending"));
  }

  @Test
  void aDeclinedCardFailsThePaymentAndAnotherCardStillPaysIt() throws Exception {
    String store = TestShop.activeStore(first, "CL");
    String product = TestShop.product(first, store, "Lámpara", "7000", 5);
    String buyer = TestShop.buyer();
    TestPayments.Placed placed = checkout(buyer, "CL", List.of(store), List.of(product));
    String payment = intentFor(buyer, placed.checkoutId()).getString("id");

    confirm(buyer, payment, "pm_card_chargeDeclined")
        .then()
        .statusCode(200)
        .body("status", equalTo("failed"))
        .body("failure.code", equalTo("card_declined"));
    assertEquals("pending", awaitOrder(buyer, placed.orderIds().get(0), "pending"));
    assertEquals(0, captures(payment));

    confirm(buyer, payment, "pm_card_visa")
        .then()
        .statusCode(200)
        .body("status", equalTo("succeeded"));
    assertEquals("confirmed", awaitOrder(buyer, placed.orderIds().get(0), "confirmed"));
  }

  @Test
  void askingAgainReturnsTheOpenPaymentAndAKeyReusedForAnotherBodyIs422() throws Exception {
    String store = TestShop.activeStore(first, "CL");
    String product = TestShop.product(first, store, "Silla", "25000", 5);
    String buyer = TestShop.buyer();
    TestPayments.Placed placed = checkout(buyer, "CL", List.of(store), List.of(product));
    String key = UUID.randomUUID().toString();
    Map<String, Object> body = Map.of("checkoutId", placed.checkoutId());
    String first =
        as(buyer)
            .contentType("application/json")
            .header("Idempotency-Key", key)
            .body(body)
            .post("/api/v1/payments/intent")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    as(buyer)
        .contentType("application/json")
        .header("Idempotency-Key", key)
        .body(body)
        .post("/api/v1/payments/intent")
        .then()
        .statusCode(201)
        .header("Idempotent-Replayed", "true")
        .body("id", equalTo(first));
    as(buyer)
        .contentType("application/json")
        .header("Idempotency-Key", key)
        .body(Map.of("orderId", placed.orderIds().get(0)))
        .post("/api/v1/payments/intent")
        .then()
        .statusCode(422);
    intent(buyer, body)
        .then()
        .statusCode(200)
        .body("id", equalTo(first))
        .body("reused", equalTo(true));
    as(buyer)
        .contentType("application/json")
        .body(body)
        .post("/api/v1/payments/intent")
        .then()
        .statusCode(400)
        .body("detail", startsWith("The Idempotency-Key header is required"));
  }

  @Test
  void badIntentsAreRefusedWithProblems() throws Exception {
    String buyer = TestShop.buyer();
    intent(buyer, Map.of("checkoutId", UUID.randomUUID().toString())).then().statusCode(404);
    intent(buyer, Map.of()).then().statusCode(400);
    intent(buyer, Map.of("checkoutId", UUID.randomUUID().toString(), "method", "gold"))
        .then()
        .statusCode(400);
    // another buyer's checkout is as if it did not exist
    String store = TestShop.activeStore(first, "CL");
    String product = TestShop.product(first, store, "Mesa", "30000", 5);
    TestPayments.Placed placed = checkout(TestShop.buyer(), "CL", List.of(store), List.of(product));
    intent(buyer, Map.of("checkoutId", placed.checkoutId())).then().statusCode(404);
  }

  @Test
  void aPaymentIsSeenByItsBuyerItsSellersAndAdminsOnlyAndAWalletByItsOwner() throws Exception {
    String store = TestShop.activeStore(first, "CL");
    String product = TestShop.product(first, store, "Cuadro", "12000", 5);
    String buyer = TestShop.buyer();
    TestPayments.Placed placed = checkout(buyer, "CL", List.of(store), List.of(product));
    String payment = intentFor(buyer, placed.checkoutId()).getString("id");
    String admin = TestAccounts.firstAdmin().token();

    as(buyer)
        .get("/api/v1/payments/" + payment)
        .then()
        .statusCode(200)
        .body("clientSecret", notNullValue());
    as(first.token())
        .get("/api/v1/payments/" + payment)
        .then()
        .statusCode(200)
        .body("clientSecret", equalTo(null));
    as(admin).get("/api/v1/payments/" + payment).then().statusCode(200);
    as(second.token()).get("/api/v1/payments/" + payment).then().statusCode(404);
    as(TestShop.buyer()).get("/api/v1/payments/" + payment).then().statusCode(404);
    as(buyer).get("/api/v1/payments/not-a-uuid").then().statusCode(404);

    as(second.token()).get("/api/v1/wallet/" + first.id()).then().statusCode(404);
    as(admin).get("/api/v1/wallet/" + first.id()).then().statusCode(200);
    as(first.token()).get("/api/v1/wallet/" + first.id() + "?limit=0").then().statusCode(400);
    // another buyer cannot confirm it either
    confirm(TestShop.buyer(), payment, "pm_card_visa").then().statusCode(404);
  }

  @Test
  void aWalletPagesItsEntriesNewestFirst() throws Exception {
    TestShop.Seller seller = TestShop.seller();
    String store = TestShop.activeStore(seller, "CL");
    String product = TestShop.product(seller, store, "Vaso", "2000", 10);
    for (int i = 0; i < 3; i++) {
      String buyer = TestShop.buyer();
      TestPayments.Placed placed = checkout(buyer, "CL", List.of(store), List.of(product));
      confirm(buyer, intentFor(buyer, placed.checkoutId()).getString("id"), "pm_card_visa")
          .then()
          .body("status", equalTo("succeeded"));
    }
    JsonPath page =
        as(seller.token())
            .get("/api/v1/wallet/" + seller.id() + "?limit=2")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertEquals(2, page.getList("entries").size());
    assertEquals("capture", page.getString("entries[0].kind"));
    long newest = page.getLong("entries[0].balanceAfterMinor");
    assertEquals(newest, page.getLong("balances[0].pendingMinor"));
    JsonPath next =
        as(seller.token())
            .get(
                "/api/v1/wallet/" + seller.id() + "?limit=2&cursor=" + page.getString("nextCursor"))
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertEquals(1, next.getList("entries").size());
    assertEquals(null, next.getString("nextCursor"));
    assertEquals(3 * (5_990 - 599), newest, "three sales of 2000 + 3990 shipping, less 10 %");
  }

  @Test
  void paymentsAreCountedByProviderAndResultAndTheirAmountByCurrency() throws Exception {
    String succeeded =
        "payments_total{mp_scope=\"application\",provider=\"stripe\",result=\"succeeded\"}";
    String amount = "payment_amount_minor_total{currency=\"CLP\",mp_scope=\"application\"}";
    String intents =
        "stripe_api_calls_total{mp_scope=\"application\",operation=\"create_intent\","
            + "result=\"success\"}";
    String webhooks =
        "webhook_events_total{mp_scope=\"application\",provider=\"stripe\",result=\"invalid_signature\"}";
    double succeededBefore = TestMetrics.value(succeeded);
    double amountBefore = TestMetrics.value(amount);
    double intentsBefore = TestMetrics.value(intents);
    double webhooksBefore = TestMetrics.value(webhooks);

    String store = TestShop.activeStore(first, "CL");
    String product = TestShop.product(first, store, "Florero", "6010", 5);
    String buyer = TestShop.buyer();
    TestPayments.Placed placed = checkout(buyer, "CL", List.of(store), List.of(product));
    confirm(buyer, intentFor(buyer, placed.checkoutId()).getString("id"), "pm_card_visa")
        .then()
        .body("status", equalTo("succeeded"));
    TestShop.as(null)
        .contentType("application/json")
        .header("Stripe-Signature", "t=1,v1=00")
        .body("{}")
        .post("/api/v1/payments/webhook/stripe")
        .then()
        .statusCode(400);

    assertTrue(TestMetrics.value(succeeded) >= succeededBefore + 1);
    assertTrue(TestMetrics.value(amount) >= amountBefore + 10_000, "6010 + 3990 shipping");
    assertTrue(TestMetrics.value(intents) >= intentsBefore + 1);
    assertTrue(TestMetrics.value(webhooks) >= webhooksBefore + 1);
    assertTrue(
        TestMetrics.value(
                "stripe_api_duration_seconds_count{mp_scope=\"application\",operation=\"confirm\"}")
            >= 1);
  }

  /** Every ledger transaction sums to zero in each currency. */
  static void assertLedgerBalanced() throws Exception {
    List<Map<String, Object>> unbalanced =
        TestDatabase.rows(
            "select transaction_id, currency, sum(amount_minor) as total from ledger_entry"
                + " group by transaction_id, currency having sum(amount_minor) <> 0");
    assertEquals(List.of(), unbalanced);
  }

  static FakeStripe stripe() {
    return VitaTestServer.stripe();
  }
}
