package com.vita.payments.boundary;

import static com.vita.orders.boundary.TestShop.as;
import static com.vita.payments.boundary.TestPayments.awaitOrder;
import static com.vita.payments.boundary.TestPayments.captures;
import static com.vita.payments.boundary.TestPayments.checkout;
import static com.vita.payments.boundary.TestPayments.count;
import static com.vita.payments.boundary.TestPayments.intent;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vita.orders.boundary.TestShop;
import com.vita.testing.FakeCregis;
import com.vita.testing.TestAccounts;
import com.vita.testing.TestMetrics;
import com.vita.testing.VitaTestServer;
import io.restassured.path.json.JsonPath;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Crypto payments through Cregis on the shared server, whose real Rest Client asks {@link
 * FakeCregis} for deposit addresses; the fake then sends deposit callbacks signed as Cregis signs
 * them. Each flow ends with the ledger's sum check. At the shared server's rate (1 USDT per 1,000
 * CLP) a checkout of N CLP costs N/1000 USDT.
 */
class CregisPaymentsIT {

  private static final AtomicLong CIDS = new AtomicLong(System.currentTimeMillis() * 1000);
  private static TestShop.Seller seller;
  private static String store;
  private static String product;

  @BeforeAll
  static void shop() {
    seller = TestShop.seller();
    store = TestShop.activeStore(seller, "CL");
    product = TestShop.product(seller, store, "Poncho", "20000", 1000);
  }

  /** A buyer's checkout with a crypto payment opened: the buyer, the order, the payment. */
  record Opened(String buyer, String orderId, JsonPath payment) {
    String id() {
      return payment.getString("id");
    }

    String address() {
      return payment.getString("crypto.address");
    }

    BigDecimal due() {
      return new BigDecimal(payment.getString("crypto.amount"));
    }
  }

  static Opened opened() {
    String buyer = TestShop.buyer();
    TestPayments.Placed placed = checkout(buyer, "CL", List.of(store), List.of(product));
    JsonPath payment =
        intent(buyer, Map.of("checkoutId", placed.checkoutId(), "method", "cregis"))
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    return new Opened(buyer, placed.orderIds().get(0), payment);
  }

  static String cid() {
    return Long.toString(CIDS.incrementAndGet());
  }

  static URI deposits() {
    return VitaTestServer.baseUri().resolve("/api/v1/payments/webhook/cregis");
  }

  static HttpResponse<String> deliver(JsonObject callback) {
    return cregis().post(deposits(), callback.toString());
  }

  static HttpResponse<String> deposit(Opened opened, BigDecimal amount) {
    return deliver(
        FakeCregis.depositCallback(
            cid(), opened.address(), amount.toPlainString(), 1, System.currentTimeMillis()));
  }

  static JsonPath payment(Opened opened) {
    return as(opened.buyer())
        .get("/api/v1/payments/" + opened.id())
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  static long depositsOf(String paymentId) throws Exception {
    return count(
        "select count(*) as n from crypto_deposit where payment_id = ?",
        UUID.fromString(paymentId));
  }

  static FakeCregis cregis() {
    return VitaTestServer.cregis();
  }

  @Test
  void aSignedDepositOfTheAmountConfirmsTheOrdersAndBooksTheLedger() throws Exception {
    Opened opened = opened();
    JsonPath payment = opened.payment();
    assertEquals("cregis", payment.getString("provider"));
    assertEquals(false, payment.getBoolean("sandbox"));
    assertEquals("requires_action", payment.getString("status"));
    long total = payment.getLong("amountMinor");
    assertEquals(new BigDecimal(total).movePointLeft(3), opened.due().setScale(3));
    assertEquals(FakeCregis.COIN, payment.getString("crypto.currency"));
    assertEquals("awaiting_deposit", payment.getString("crypto.state"));
    Instant expires = Instant.parse(payment.getString("crypto.expiresAt"));
    assertTrue(
        Duration.between(Instant.now(), expires).toMinutes() >= 58
            && Duration.between(Instant.now(), expires).toMinutes() <= 60,
        expires::toString);
    FakeCregis.Request asked =
        cregis().requests().stream()
            .filter(r -> r.path().equals("/api/v1/address/create") && r.code().equals("00000"))
            .reduce((a, b) -> b)
            .orElseThrow();
    assertEquals(Long.toString(FakeCregis.PROJECT_ID), asked.params().get("pid"));
    assertTrue(
        asked.params().get("callback_url").endsWith("/api/v1/payments/webhook/cregis"),
        asked.params()::toString);

    HttpResponse<String> answer = deposit(opened, opened.due());

    assertEquals(200, answer.statusCode(), answer::body);
    assertEquals("success", answer.body());
    assertEquals("confirmed", awaitOrder(opened.buyer(), opened.orderId(), "confirmed"));
    JsonPath paid = payment(opened);
    assertEquals("succeeded", paid.getString("status"));
    assertEquals("paid", paid.getString("crypto.state"));
    assertEquals("captured", paid.getString("crypto.deposits[0].outcome"));
    assertEquals(1, captures(opened.id()));
    PaymentsIT.assertLedgerBalanced();
    as(null)
        .get("/health/ready")
        .then()
        .body("checks.find { it.name == 'payments' }.data.crypto", equalTo("cregis"));
  }

  @Test
  void aForgedAStaleOrAReplayedCallbackIsRefusedAndChangesNothing() throws Exception {
    Opened opened = opened();
    String half = opened.due().divide(BigDecimal.valueOf(2)).toPlainString();
    JsonObject genuine =
        FakeCregis.depositCallback(cid(), opened.address(), half, 1, System.currentTimeMillis());

    HttpResponse<String> forged = deliver(FakeCregis.tampered(genuine, "amount", "1000000"));
    JsonObject unsignedBody = Json.createObjectBuilder(genuine).remove("sign").build();
    HttpResponse<String> unsigned = deliver(unsignedBody);
    JsonObject stale =
        FakeCregis.signed(
            Json.createObjectBuilder(genuine).remove("sign").remove("timestamp").remove("nonce"),
            System.currentTimeMillis() - 301_000,
            FakeCregis.nonce());
    HttpResponse<String> tooOld = deliver(stale);

    for (HttpResponse<String> refused : List.of(forged, unsigned, tooOld)) {
      assertEquals(400, refused.statusCode(), refused::body);
      assertEquals(
          "application/problem+json", refused.headers().firstValue("Content-Type").orElse(""));
    }
    assertEquals(0, depositsOf(opened.id()));
    assertEquals("awaiting_deposit", payment(opened).getString("crypto.state"));

    assertEquals(200, deliver(genuine).statusCode());
    // Another deposit, signed right, but with the nonce of the one just accepted: a replay.
    JsonObject replay =
        FakeCregis.signed(
            Json.createObjectBuilder(
                    FakeCregis.depositCallback(
                        cid(), opened.address(), half, 1, System.currentTimeMillis()))
                .remove("sign")
                .remove("timestamp")
                .remove("nonce"),
            System.currentTimeMillis(),
            genuine.getString("nonce"));
    HttpResponse<String> replayed = deliver(replay);

    assertEquals(400, replayed.statusCode(), replayed::body);
    assertTrue(replayed.body().contains("nonce"), replayed::body);
    assertEquals(1, depositsOf(opened.id()));
    JsonPath after = payment(opened);
    assertEquals("underpaid", after.getString("crypto.state"));
    assertEquals(new BigDecimal(half), new BigDecimal(after.getString("crypto.received")));
    assertEquals("pending", awaitOrder(opened.buyer(), opened.orderId(), "pending"));
    assertEquals(0, captures(opened.id()));
    PaymentsIT.assertLedgerBalanced();
  }

  @Test
  void anUnderpaymentLeavesTheOrdersUnpaidIsReportedAndTheRestCompletesIt() throws Exception {
    Opened opened = opened();
    BigDecimal first = opened.due().subtract(new BigDecimal("1.5"));
    String series =
        "crypto_deposits_total{mp_scope=\"application\",outcome=\"underpaid\",provider=\"cregis\"}";
    double before = TestMetrics.value(series);

    assertEquals(200, deposit(opened, first).statusCode());
    assertEquals(before + 1, TestMetrics.value(series));

    JsonPath under = payment(opened);
    assertEquals("requires_action", under.getString("status"));
    assertEquals("underpaid", under.getString("crypto.state"));
    assertEquals(first, new BigDecimal(under.getString("crypto.received")));
    assertEquals(opened.due(), new BigDecimal(under.getString("crypto.amount")));
    assertEquals("underpaid", under.getString("crypto.deposits[0].outcome"));
    assertEquals("pending", awaitOrder(opened.buyer(), opened.orderId(), "pending"));
    String admin = TestAccounts.firstAdmin().token();
    List<String> reported =
        as(admin)
            .get("/api/v1/admin/payments/crypto-deposits?outcome=underpaid&limit=200")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("paymentId");
    assertTrue(reported.contains(opened.id()), reported::toString);
    as(admin)
        .get("/api/v1/admin/payments/crypto-deposits?outcome=bogus")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    as(opened.buyer()).get("/api/v1/admin/payments/crypto-deposits").then().statusCode(403);

    assertEquals(200, deposit(opened, new BigDecimal("1.5")).statusCode());

    assertEquals("confirmed", awaitOrder(opened.buyer(), opened.orderId(), "confirmed"));
    assertEquals("paid", payment(opened).getString("crypto.state"));
    assertEquals(1, captures(opened.id()));
    PaymentsIT.assertLedgerBalanced();
  }

  @Test
  void anOverpaymentIsCapturedAndItsExcessReported() throws Exception {
    Opened opened = opened();

    assertEquals(200, deposit(opened, opened.due().add(BigDecimal.ONE)).statusCode());

    assertEquals("confirmed", awaitOrder(opened.buyer(), opened.orderId(), "confirmed"));
    JsonPath over = payment(opened);
    assertEquals("succeeded", over.getString("status"));
    assertEquals("overpaid", over.getString("crypto.state"));
    assertEquals("overpaid", over.getString("crypto.deposits[0].outcome"));
    assertEquals("1", over.getString("crypto.deposits[0].excess"));
    // A deposit after the payment was paid is all excess.
    assertEquals(200, deposit(opened, new BigDecimal("2")).statusCode());
    assertEquals("2", payment(opened).getString("crypto.deposits[1].excess"));
    assertEquals(1, captures(opened.id()));
    PaymentsIT.assertLedgerBalanced();
  }

  @Test
  void aDepositAfterThePaymentWindowIsNotAppliedAndIsReported() throws Exception {
    Opened opened = opened();
    long afterWindow =
        Instant.parse(opened.payment().getString("crypto.expiresAt"))
            .plusSeconds(60)
            .toEpochMilli();

    HttpResponse<String> answer =
        deliver(
            FakeCregis.depositCallback(
                cid(), opened.address(), opened.due().toPlainString(), 1, afterWindow));

    assertEquals(200, answer.statusCode());
    JsonPath late = payment(opened);
    assertEquals("requires_action", late.getString("status"));
    assertEquals("late", late.getString("crypto.deposits[0].outcome"));
    assertEquals("pending", awaitOrder(opened.buyer(), opened.orderId(), "pending"));
    assertEquals(0, captures(opened.id()));
    PaymentsIT.assertLedgerBalanced();
  }

  @Test
  void oneDepositDeliveredFiveTimesAtOnceIsAppliedOnce() throws Exception {
    Opened opened = opened();
    String cid = cid();
    ExecutorService pool = Executors.newFixedThreadPool(5);
    try {
      List<Callable<HttpResponse<String>>> deliveries = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        // Each delivery is signed anew (its own nonce and timestamp), as Cregis' resends are.
        deliveries.add(
            () ->
                deliver(
                    FakeCregis.depositCallback(
                        cid,
                        opened.address(),
                        opened.due().toPlainString(),
                        1,
                        System.currentTimeMillis())));
      }
      for (Future<HttpResponse<String>> answer : pool.invokeAll(deliveries)) {
        assertEquals(200, answer.get().statusCode(), answer.get()::body);
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals("confirmed", awaitOrder(opened.buyer(), opened.orderId(), "confirmed"));
    assertEquals(1, depositsOf(opened.id()));
    assertEquals(1, captures(opened.id()));
    PaymentsIT.assertLedgerBalanced();
  }

  @Test
  void twoHalvesArrivingAtOnceAddUpAndCaptureOnce() throws Exception {
    Opened opened = opened();
    BigDecimal half = opened.due().divide(BigDecimal.valueOf(2));
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Callable<HttpResponse<String>>> halves =
          List.of(() -> deposit(opened, half), () -> deposit(opened, opened.due().subtract(half)));
      for (Future<HttpResponse<String>> answer : pool.invokeAll(halves)) {
        assertEquals(200, answer.get().statusCode(), answer.get()::body);
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals("confirmed", awaitOrder(opened.buyer(), opened.orderId(), "confirmed"));
    JsonPath paid = payment(opened);
    assertEquals(
        List.of("captured", "underpaid"),
        paid.getList("crypto.deposits.outcome", String.class).stream().sorted().toList());
    assertEquals(opened.due(), new BigDecimal(paid.getString("crypto.received")));
    assertEquals(1, captures(opened.id()));
    PaymentsIT.assertLedgerBalanced();
  }

  @Test
  void aDepositToNoPaymentsAddressAndAFailedOneAreRecordedOnly() throws Exception {
    Opened opened = opened();
    String unknownCid = cid();
    assertEquals(
        200,
        deliver(FakeCregis.depositCallback(unknownCid, "TNoSuchAddress", "5", 1, 0L)).statusCode());
    assertEquals(
        200,
        deliver(
                FakeCregis.depositCallback(
                    cid(), opened.address(), opened.due().toPlainString(), 2, 0L))
            .statusCode());
    assertEquals(
        1,
        count(
            "select count(*) as n from crypto_deposit where cid = ? and outcome = 'unknown_address'",
            unknownCid));
    assertEquals("failed", payment(opened).getString("crypto.deposits[0].outcome"));
    assertEquals("requires_action", payment(opened).getString("status"));
    PaymentsIT.assertLedgerBalanced();
  }

  @Test
  void thePretendDepositIsForAdminsAndSandboxPaymentsOnly() throws Exception {
    Opened opened = opened();
    String path = "/api/v1/admin/payments/crypto-deposits/sandbox";
    Map<String, String> body = Map.of("paymentId", opened.id(), "amount", "1");
    as(opened.buyer())
        .contentType("application/json")
        .header("Idempotency-Key", UUID.randomUUID().toString())
        .body(body)
        .post(path)
        .then()
        .statusCode(403);
    String admin = TestAccounts.firstAdmin().token();
    as(admin).contentType("application/json").body(body).post(path).then().statusCode(400);
    // A real Cregis payment cannot be paid by pretending.
    as(admin)
        .contentType("application/json")
        .header("Idempotency-Key", UUID.randomUUID().toString())
        .body(body)
        .post(path)
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    assertEquals(0, depositsOf(opened.id()));
  }

  @Test
  void anotherBuyersCryptoPaymentIsNotFound() {
    Opened opened = opened();
    as(TestShop.buyer())
        .get("/api/v1/payments/" + opened.id())
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }

  @Test
  void aPayoutCallbackBecomesTheOutcomeOfItsPayoutOnce() throws Exception {
    UUID payoutId = UUID.randomUUID();
    String cid = cid();
    FakeCregis.Payout payout =
        new FakeCregis.Payout(
            cid, payoutId.toString().replace("-", ""), FakeCregis.COIN, "TXsmKp", "10", 6);
    URI target = VitaTestServer.baseUri().resolve("/api/v1/payments/webhook/cregis/payout");

    assertEquals(
        "success", cregis().post(target, FakeCregis.payoutCallback(payout, 6).toString()).body());
    assertEquals(
        200, cregis().post(target, FakeCregis.payoutCallback(payout, 6).toString()).statusCode());
    HttpResponse<String> forged =
        cregis()
            .post(
                target,
                FakeCregis.tampered(FakeCregis.payoutCallback(payout, 7), "amount", "99")
                    .toString());

    assertEquals(400, forged.statusCode());
    assertEquals(
        List.of(Map.of("outcome", "settled")),
        com.vita.testing.TestDatabase.rows(
            "select outcome from provider_event where provider = 'cregis' and object_ref = ?",
            cid));
  }

  @Test
  void aSellerWithAnApprovedBusinessGetsOneVirtualCard() {
    String path = "/api/v1/wallet/" + seller.id() + "/card";
    JsonPath card = as(seller.token()).post(path).then().statusCode(201).extract().jsonPath();
    assertEquals("VISA", card.getString("brand"));
    assertEquals("sandbox", card.getString("provider"));
    assertTrue(card.getString("last4").matches("[0-9]{4}"));
    assertTrue(card.getInt("expYear") >= Instant.now().atZone(java.time.ZoneOffset.UTC).getYear());

    as(seller.token()).post(path).then().statusCode(200).body("id", equalTo(card.getString("id")));
    as(seller.token())
        .get(path)
        .then()
        .statusCode(200)
        .body("last4", equalTo(card.getString("last4")));
    as(TestShop.buyer()).post(path).then().statusCode(404);
    as(TestShop.buyer()).get(path).then().statusCode(404);
  }

  @Test
  void sixConcurrentCardRequestsMakeOneCard() throws Exception {
    TestShop.Seller other = TestShop.seller();
    String path = "/api/v1/wallet/" + other.id() + "/card";
    ExecutorService pool = Executors.newFixedThreadPool(6);
    List<Integer> statuses = new ArrayList<>();
    try {
      List<Callable<Integer>> requests = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        requests.add(() -> as(other.token()).post(path).statusCode());
      }
      for (Future<Integer> status : pool.invokeAll(requests)) {
        statuses.add(status.get());
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses::toString);
    assertEquals(5, statuses.stream().filter(s -> s == 200).count(), statuses::toString);
    assertEquals(
        1,
        count(
            "select count(*) as n from virtual_card where holder_id = ?",
            UUID.fromString(other.id())));
  }

  @Test
  void withoutAnApprovedBusinessNoCardIsIssued() throws Exception {
    TestAccounts.Registered buyer = TestAccounts.register();
    String path = "/api/v1/wallet/" + buyer.userId() + "/card";
    as(buyer.token())
        .post(path)
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("detail", startsWith("This needs a business verified"));
    as(buyer.token()).get(path).then().statusCode(404);
    assertEquals(
        0,
        count(
            "select count(*) as n from virtual_card where holder_id = ?",
            UUID.fromString(buyer.userId())));
  }
}
