package com.vita.payments.boundary;

import static com.vita.orders.boundary.TestShop.as;
import static com.vita.payments.boundary.TestCregis.cid;
import static com.vita.payments.boundary.TestCregis.cregis;
import static com.vita.payments.boundary.TestCregis.deliver;
import static com.vita.payments.boundary.TestCregis.deposit;
import static com.vita.payments.boundary.TestCregis.depositsOf;
import static com.vita.payments.boundary.TestCregis.opened;
import static com.vita.payments.boundary.TestCregis.payment;
import static com.vita.payments.boundary.TestPayments.awaitOrder;
import static com.vita.payments.boundary.TestPayments.captures;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vita.orders.boundary.TestShop;
import com.vita.payments.boundary.TestCregis.Opened;
import com.vita.testing.FakeCregis;
import com.vita.testing.SignedAsCregis;
import com.vita.testing.TestAccounts;
import com.vita.testing.TestMetrics;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Crypto payments through Cregis on the shared server, whose real Rest Client asks {@link
 * FakeCregis} for deposit addresses; the fake then sends deposit callbacks signed as Cregis signs
 * them. What each amount does to the payment and its orders: exact, under, over, late, pretended.
 * Each flow ends with the ledger's sum check. At the shared server's rate (1 USDT per 1,000 CLP) a
 * checkout of N CLP costs N/1000 USDT.
 */
class CregisDepositsIT {

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
            SignedAsCregis.depositCallback(
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
}
