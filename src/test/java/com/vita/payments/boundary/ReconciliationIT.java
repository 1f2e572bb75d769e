package com.vita.payments.boundary;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vita.devstack.PayaraMicroServer;
import com.vita.orders.boundary.TestShop;
import com.vita.testing.Closing;
import com.vita.testing.FakeStripe;
import com.vita.testing.OwnServer;
import com.vita.testing.TestAccounts;
import com.vita.testing.TestDatabase;
import com.vita.testing.VitaTestServer;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Payments whose webhook never came, on a server of this class's own whose Stripe (a fake of its
 * own) sends none: the reconciliation run, at an instant the test picks, asks Stripe and settles
 * them through the webhook's path; the daily report shows where Stripe and VITA disagree; a
 * scheduled run is claimed by one instance only.
 */
class ReconciliationIT {

  private static FakeStripe stripe;
  private static PayaraMicroServer server;
  private static TestShop.Seller seller;
  private static String store;
  private static String product;

  @BeforeAll
  static void start() throws Exception {
    stripe = FakeStripe.start();
    Map<String, String> settings = new HashMap<>(VitaTestServer.SUITE_SETTINGS);
    settings.put("STRIPE_API_BASE", stripe.baseUrl());
    settings.put("STRIPE_SECRET_KEY", FakeStripe.SECRET_KEY);
    settings.put("STRIPE_WEBHOOK_SECRET", FakeStripe.WEBHOOK_SECRET);
    settings.put("KYB_REMINDERS_ENABLED", "false");
    settings.put("PAYMENTS_RECONCILIATION_PENDING_AFTER", "PT30M");
    server = OwnServer.startWithProbes("payments-reconciliation", settings);
    seller = TestShop.seller();
    store = TestShop.activeStore(seller, "CL");
    product = TestShop.product(seller, store, "Tetera", "8000", 100);
  }

  @AfterAll
  static void stop() throws Exception {
    Closing.all(server, stripe);
  }

  /** A checkout's payment opened on this class's server: buyer, order, payment id, Stripe's id. */
  private record Opened(String buyer, String orderId, String paymentId, String ref) {}

  private static Opened opened() {
    String buyer = TestShop.buyer();
    TestPayments.Placed placed =
        TestPayments.checkout(buyer, "CL", List.of(store), List.of(product));
    JsonPath intent =
        given(OwnServer.api(server))
            .auth()
            .oauth2(buyer)
            .contentType("application/json")
            .header("Idempotency-Key", UUID.randomUUID().toString())
            .body(Map.of("checkoutId", placed.checkoutId()))
            .post("/api/v1/payments/intent")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    return new Opened(
        buyer, placed.orderIds().get(0), intent.getString("id"), intent.getString("providerRef"));
  }

  private static JsonPath probe(Map<String, String> params) {
    return given(OwnServer.api(server))
        .queryParams(params)
        .post("/probe/payments")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static String status(String paymentId) throws Exception {
    return (String)
        TestDatabase.rows("select status from payment where id = ?", UUID.fromString(paymentId))
            .get(0)
            .get("status");
  }

  @Test
  void aPaymentWhoseWebhookNeverCameIsSettledByReconciliation() throws Exception {
    Opened paid = opened();
    Opened abandoned = opened();
    stripe.succeedQuietly(paid.ref());

    Instant soon = Instant.now().plus(5, ChronoUnit.MINUTES);
    probe(Map.of("action", "reconcile", "at", soon.toString()));
    assertEquals("requires_action", status(paid.paymentId()), "not stale yet at +5 min");

    Instant later = Instant.now().plus(1, ChronoUnit.HOURS);
    JsonPath run = probe(Map.of("action", "reconcile", "at", later.toString()));
    assertTrue(run.getInt("settled") >= 1, run.prettify());
    assertEquals("succeeded", status(paid.paymentId()));
    assertEquals("requires_action", status(abandoned.paymentId()), "Stripe still waits for a card");
    assertEquals(1, TestPayments.captures(paid.paymentId()));
    assertEquals("confirmed", TestPayments.awaitOrder(paid.buyer(), paid.orderId(), "confirmed"));
    // settled once: a second run changes nothing
    probe(Map.of("action", "reconcile", "at", later.plus(1, ChronoUnit.HOURS).toString()));
    assertEquals(1, TestPayments.captures(paid.paymentId()));
  }

  @Test
  void theDailyReportShowsWhereStripeAndVitaDisagree() throws Exception {
    Opened agreed = opened();
    Opened unsettled = opened();
    stripe.succeedQuietly(unsettled.ref());
    String today = LocalDate.now(ZoneOffset.UTC).toString();

    JsonPath report = probe(Map.of("action", "report", "day", today));
    assertTrue(report.getInt("checked") >= 2, report.prettify());
    String admin = TestAccounts.firstAdmin().token();
    JsonPath read =
        given(VitaTestServer.api())
            .auth()
            .oauth2(admin)
            .get("/api/v1/admin/payments/reconciliation/" + today)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    List<Map<String, Object>> mine =
        read.getList("items.findAll { it.paymentId == '" + unsettled.paymentId() + "' }");
    assertEquals(2, mine.size(), read.prettify());
    Map<String, Object> statusRow =
        mine.stream().filter(m -> "status".equals(m.get("field"))).findFirst().orElseThrow();
    assertEquals("succeeded", statusRow.get("providerValue"));
    assertEquals("requires_action", statusRow.get("vitaValue"));
    assertEquals(
        List.of(), read.getList("items.findAll { it.paymentId == '" + agreed.paymentId() + "' }"));
    given(VitaTestServer.api())
        .auth()
        .oauth2(admin)
        .get("/api/v1/admin/payments/reconciliation")
        .then()
        .statusCode(200)
        .body("[0].date", equalTo(today));
    given(VitaTestServer.api())
        .auth()
        .oauth2(seller.token())
        .get("/api/v1/admin/payments/reconciliation/" + today)
        .then()
        .statusCode(403);
  }

  @Test
  void aSalesMoneyIsReleasedWhenItsHoldPeriodEndsIfItWasNotDeliveredBefore() throws Exception {
    Opened paid = opened();
    stripe.succeedQuietly(paid.ref());
    probe(Map.of("action", "reconcile", "at", Instant.now().plus(1, ChronoUnit.HOURS).toString()));
    assertEquals("succeeded", status(paid.paymentId()));
    long pending = TestPayments.balance(seller.token(), seller.id(), "CLP", "pending");
    long available = TestPayments.balance(seller.token(), seller.id(), "CLP", "available");

    probe(Map.of("action", "release", "at", Instant.now().plus(13, ChronoUnit.DAYS).toString()));
    assertEquals(pending, TestPayments.balance(seller.token(), seller.id(), "CLP", "pending"));
    probe(Map.of("action", "release", "at", Instant.now().plus(15, ChronoUnit.DAYS).toString()));
    assertTrue(pending >= 8_000 + 3_990 - 1_199, "this sale at least was pending");
    assertEquals(0, TestPayments.balance(seller.token(), seller.id(), "CLP", "pending"));
    assertEquals(
        available + pending, TestPayments.balance(seller.token(), seller.id(), "CLP", "available"));
  }

  @Test
  void aRefundStripeLeftPendingIsSettledByReconciliationWhenStripeFinishesIt() throws Exception {
    Opened paid = opened();
    stripe.succeedQuietly(paid.ref());
    probe(Map.of("action", "reconcile", "at", Instant.now().plus(1, ChronoUnit.HOURS).toString()));
    assertEquals("succeeded", status(paid.paymentId()));

    stripe.nextRefundPending();
    String refund = refundOnOwnServer(paid.orderId(), 2_000, "pending");
    stripe.nextRefundPending();
    String second = refundOnOwnServer(paid.orderId(), 1_000, "pending");
    String ref = refundRef(refund);
    stripe.completeRefund(ref);
    stripe.failRefund(refundRef(second));
    probe(Map.of("action", "reconcile", "at", Instant.now().plus(2, ChronoUnit.HOURS).toString()));
    assertEquals("succeeded", refundStatus(refund));
    assertEquals("failed", refundStatus(second));
    assertEquals("partially_refunded", status(paid.paymentId()));
    assertEquals(
        1,
        TestPayments.count(
            "select count(*) as n from ledger_transaction where kind = 'refund' and refund_id = ?",
            UUID.fromString(refund)));
  }

  private static String refundOnOwnServer(String orderId, long amount, String expected) {
    return given(OwnServer.api(server))
        .auth()
        .oauth2(seller.token())
        .contentType("application/json")
        .header("Idempotency-Key", UUID.randomUUID().toString())
        .body(Map.of("orderId", orderId, "amountMinor", amount))
        .post("/api/v1/payments/refund")
        .then()
        .statusCode(201)
        .body("status", equalTo(expected))
        .extract()
        .path("id");
  }

  private static String refundRef(String refundId) throws Exception {
    return (String)
        TestDatabase.rows(
                "select provider_ref from payment_refund where id = ?", UUID.fromString(refundId))
            .get(0)
            .get("provider_ref");
  }

  private static String refundStatus(String refundId) throws Exception {
    return (String)
        TestDatabase.rows(
                "select status from payment_refund where id = ?", UUID.fromString(refundId))
            .get(0)
            .get("status");
  }

  @Test
  void aScheduledRunIsClaimedOnceUntilItsPeriodPasses() {
    String job = "test.job." + UUID.randomUUID();
    Instant now = Instant.now();
    Map<String, String> claim =
        new HashMap<>(Map.of("action", "claim", "job", job, "every", "PT5M"));
    claim.put("at", now.toString());
    assertEquals(true, probe(claim).getBoolean("claimed"));
    claim.put("at", now.plusSeconds(60).toString());
    assertEquals(false, probe(claim).getBoolean("claimed"), "another instance's tick, too soon");
    claim.put("at", now.plusSeconds(301).toString());
    assertEquals(true, probe(claim).getBoolean("claimed"));
  }
}
