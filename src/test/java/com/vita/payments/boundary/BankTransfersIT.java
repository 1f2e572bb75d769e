package com.vita.payments.boundary;

import static com.vita.orders.boundary.TestShop.as;
import static com.vita.payments.boundary.TestBankTransfers.bank;
import static com.vita.payments.boundary.TestBankTransfers.declare;
import static com.vita.payments.boundary.TestBankTransfers.opened;
import static com.vita.payments.boundary.TestBankTransfers.orderStatus;
import static com.vita.payments.boundary.TestBankTransfers.payment;
import static com.vita.payments.boundary.TestBankTransfers.reference;
import static com.vita.payments.boundary.TestBankTransfers.today;
import static com.vita.payments.boundary.TestBankTransfers.transfer;
import static com.vita.payments.boundary.TestBankTransfers.transfersOf;
import static com.vita.payments.boundary.TestBankTransfers.verify;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vita.payments.boundary.TestBankTransfers.Opened;
import com.vita.testing.TestMetrics;
import com.vita.testing.VitaTestServer;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Paying by bank transfer on the shared server, verified against the local fake of the bank through
 * VITA's real client (OAuth 2.0 token, rate limit in Redis, Fault Tolerance): declared → verifying
 * → verified, the orders confirmed and the ledger balanced; a reference pays once, also when two
 * declarations race; a bank answering 500 is retried, then left alone by the open circuit, and the
 * transfer verified once it recovers. The queue is worked by the admin's verify (the timer is off
 * on the shared server). Refusals are in {@link BankTransferRefusalsIT}.
 */
class BankTransfersIT {

  @Test
  void aDeclaredTransferTheBankConfirmsPaysTheOrders() throws Exception {
    Opened o = opened();
    String ref = reference();
    bank().seed(ref, Long.toString(o.amountMinor()), "CLP", today(), "settled");
    String calls =
        "bank_api_calls_total{endpoint=\"transaction\",mp_scope=\"application\",status=\"200\"}";
    double callsBefore = TestMetrics.value(calls);

    JsonPath declared =
        declare(o.buyer(), o.paymentId(), transfer(ref.toLowerCase(), o.amountMinor(), today()))
            .then()
            .statusCode(202)
            .extract()
            .jsonPath();
    assertEquals("processing", declared.getString("status"));
    assertEquals("verifying", declared.getString("bankTransfer.status"));
    assertEquals(ref, declared.getString("bankTransfer.reference"), "references are upper case");
    assertEquals("verifying", payment(o.buyer(), o.paymentId()).getString("bankTransfer.status"));
    assertEquals("pending", orderStatus(o.buyer(), o.orderId()));

    JsonPath run = verify();
    assertTrue(run.getInt("verified") >= 1, run.prettify());

    JsonPath paid = payment(o.buyer(), o.paymentId());
    assertEquals("succeeded", paid.getString("status"));
    assertEquals("verified", paid.getString("bankTransfer.status"));
    assertEquals(1, TestPayments.captures(o.paymentId()));
    assertEquals("confirmed", TestPayments.awaitOrder(o.buyer(), o.orderId(), "confirmed"));
    verify();
    assertEquals(1, TestPayments.captures(o.paymentId()), "captured once");
    PaymentsIT.assertLedgerBalanced();
    assertTrue(TestMetrics.value(calls) >= callsBefore + 1);
    assertTrue(
        TestMetrics.value(
                "bank_api_duration_seconds_count{endpoint=\"transaction\",mp_scope=\"application\"}")
            >= 1);
  }

  @Test
  void runsAtOnceCaptureOnceAndARepeatedDeclarationIsReplayed() throws Exception {
    Opened o = opened();
    String ref = reference();
    bank().seed(ref, Long.toString(o.amountMinor()), "CLP", today(), "settled");
    String key = UUID.randomUUID().toString();
    Map<String, Object> body = transfer(ref, o.amountMinor(), today());
    for (int i = 0; i < 2; i++) {
      Response answer =
          as(o.buyer())
              .contentType("application/json")
              .header("Idempotency-Key", key)
              .body(body)
              .post("/api/v1/payments/" + o.paymentId() + "/transfer");
      answer.then().statusCode(202);
      assertEquals(i == 1 ? "true" : null, answer.header("Idempotent-Replayed"));
    }
    assertEquals(1, transfersOf(o.paymentId()));

    ExecutorService pool = Executors.newFixedThreadPool(3);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<JsonPath>> runs = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      runs.add(
          pool.submit(
              () -> {
                start.await();
                return verify();
              }));
    }
    start.countDown();
    int verified = 0;
    for (Future<JsonPath> run : runs) {
      verified += run.get(60, TimeUnit.SECONDS).getInt("verified");
    }
    pool.shutdown();
    assertTrue(verified >= 1);
    assertEquals("succeeded", payment(o.buyer(), o.paymentId()).getString("status"));
    assertEquals(1, TestPayments.captures(o.paymentId()), "three runs at once, one capture");
    PaymentsIT.assertLedgerBalanced();
  }

  @Test
  void aReferencePaysOnlyOnce() throws Exception {
    Opened first = opened();
    Opened second = opened();
    String ref = reference();
    bank().seed(ref, Long.toString(first.amountMinor()), "CLP", today(), "settled");
    declare(first.buyer(), first.paymentId(), transfer(ref, first.amountMinor(), today()))
        .then()
        .statusCode(202);

    Response again =
        declare(second.buyer(), second.paymentId(), transfer(ref, second.amountMinor(), today()));
    again.then().statusCode(409).contentType("application/problem+json");
    assertTrue(
        again.jsonPath().getString("detail").startsWith("reference_used: "), again.asString());
    assertEquals(
        "requires_action", payment(second.buyer(), second.paymentId()).getString("status"));
    assertEquals(0, transfersOf(second.paymentId()));
  }

  @Test
  void twoRacingDeclarationsOfOneReferenceLeaveOne() throws Exception {
    List<Opened> payments = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      payments.add(opened());
    }
    String ref = reference();
    bank().seed(ref, Long.toString(payments.get(0).amountMinor()), "CLP", today(), "settled");
    ExecutorService pool = Executors.newFixedThreadPool(payments.size());
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> statuses = new ArrayList<>();
    for (Opened o : payments) {
      statuses.add(
          pool.submit(
              () -> {
                start.await();
                return declare(o.buyer(), o.paymentId(), transfer(ref, o.amountMinor(), today()))
                    .statusCode();
              }));
    }
    start.countDown();
    List<Integer> answers = new ArrayList<>();
    for (Future<Integer> status : statuses) {
      answers.add(status.get(60, TimeUnit.SECONDS));
    }
    pool.shutdown();
    assertEquals(1, answers.stream().filter(s -> s == 202).count(), answers.toString());
    assertEquals(3, answers.stream().filter(s -> s == 409).count(), answers.toString());
    assertEquals(
        1, TestPayments.count("select count(*) as n from bank_transfer where reference = ?", ref));
  }

  @Test
  void aTransferNotAtTheBankYetWaitsVerifying() throws Exception {
    Opened o = opened();
    String ref = reference();
    declare(o.buyer(), o.paymentId(), transfer(ref, o.amountMinor(), today()))
        .then()
        .statusCode(202);
    verify();
    JsonPath waiting = payment(o.buyer(), o.paymentId());
    assertEquals("processing", waiting.getString("status"));
    assertEquals("verifying", waiting.getString("bankTransfer.status"));

    bank().seed(ref, Long.toString(o.amountMinor()), "CLP", today(), "settled");
    Thread.sleep(1000); // the backoff of the shared server (0.5 s and up to a quarter more)
    verify();
    assertEquals("succeeded", payment(o.buyer(), o.paymentId()).getString("status"));
  }

  @Test
  void aBankFailingIsRetriedThenLeftAloneByTheCircuitThenAskedAgain() throws Exception {
    Opened o = opened();
    String ref = reference();
    bank().seed(ref, Long.toString(o.amountMinor()), "CLP", today(), "settled");
    declare(o.buyer(), o.paymentId(), transfer(ref, o.amountMinor(), today()))
        .then()
        .statusCode(202);
    int before = bank().lookups().size();
    bank().failNext(1000, 500);
    int tried;
    try {
      JsonPath run = verify();
      assertTrue(run.getInt("deferred") >= 1, run.prettify());
      tried = bank().lookups().size() - before;
      // Each try counts in the breaker's window of the last 4 calls: it opens at the 3rd failure
      // when the call before was a success, at the 4th (the third retry) otherwise.
      assertTrue(tried == 3 || tried == 4, "one call, retries, then the open circuit: " + tried);

      Thread.sleep(1000); // due again after the backoff, but the circuit is still open
      JsonPath open = verify();
      assertTrue(
          open.getInt("deferred") >= 1, "asked, and refused by the circuit: " + open.prettify());
      assertEquals(tried, bank().lookups().size() - before, "the open circuit sent nothing");
      assertEquals("processing", payment(o.buyer(), o.paymentId()).getString("status"));
    } finally {
      bank().failNext(0, 500);
    }
    // The circuit half-opens after its delay; the transfer is due again by then (the backoff after
    // the second failure is 1 s and up to a quarter more).
    Thread.sleep(VitaTestServer.BANK_BREAKER_DELAY_MILLIS + 500);
    JsonPath recovered = verify();
    assertTrue(recovered.getInt("verified") >= 1, recovered.prettify());
    assertEquals("succeeded", payment(o.buyer(), o.paymentId()).getString("status"));
    assertTrue(
        TestMetrics.value("bank_api_errors_total{mp_scope=\"application\",type=\"server_error\"}")
            >= tried);
    PaymentsIT.assertLedgerBalanced();
  }
}
