package com.vita.payments.boundary;

import static com.vita.payments.boundary.TestCregis.cid;
import static com.vita.payments.boundary.TestCregis.cregis;
import static com.vita.payments.boundary.TestCregis.deliver;
import static com.vita.payments.boundary.TestCregis.deposit;
import static com.vita.payments.boundary.TestCregis.depositsOf;
import static com.vita.payments.boundary.TestCregis.opened;
import static com.vita.payments.boundary.TestCregis.payment;
import static com.vita.payments.boundary.TestPayments.awaitOrder;
import static com.vita.payments.boundary.TestPayments.captures;
import static com.vita.payments.boundary.TestPayments.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vita.payments.boundary.TestCregis.Opened;
import com.vita.testing.FakeCregis;
import com.vita.testing.SignedAsCregis;
import com.vita.testing.VitaTestServer;
import io.restassured.path.json.JsonPath;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Cregis' callbacks as they arrive at the shared server: forged, stale and replayed ones refused,
 * resends and concurrent deposits applied once, deposits to no payment recorded only, and payout
 * callbacks. Deposits are signed by {@link FakeCregis} as Cregis signs them.
 */
class CregisCallbacksIT {

  @Test
  void aForgedAStaleOrAReplayedCallbackIsRefusedAndChangesNothing() throws Exception {
    Opened opened = opened();
    String half = opened.due().divide(BigDecimal.valueOf(2)).toPlainString();
    JsonObject genuine =
        SignedAsCregis.depositCallback(
            cid(), opened.address(), half, 1, System.currentTimeMillis());

    HttpResponse<String> forged = deliver(SignedAsCregis.tampered(genuine, "amount", "1000000"));
    JsonObject unsignedBody = Json.createObjectBuilder(genuine).remove("sign").build();
    HttpResponse<String> unsigned = deliver(unsignedBody);
    JsonObject stale =
        SignedAsCregis.signed(
            Json.createObjectBuilder(genuine).remove("sign").remove("timestamp").remove("nonce"),
            System.currentTimeMillis() - 301_000,
            SignedAsCregis.nonce());
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
        SignedAsCregis.signed(
            Json.createObjectBuilder(
                    SignedAsCregis.depositCallback(
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
                    SignedAsCregis.depositCallback(
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
        deliver(SignedAsCregis.depositCallback(unknownCid, "TNoSuchAddress", "5", 1, 0L))
            .statusCode());
    assertEquals(
        200,
        deliver(
                SignedAsCregis.depositCallback(
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
  void aPayoutCallbackBecomesTheOutcomeOfItsPayoutOnce() throws Exception {
    UUID payoutId = UUID.randomUUID();
    String cid = cid();
    FakeCregis.Payout payout =
        new FakeCregis.Payout(
            cid, payoutId.toString().replace("-", ""), FakeCregis.COIN, "TXsmKp", "10", 6);
    URI target = VitaTestServer.baseUri().resolve("/api/v1/payments/webhook/cregis/payout");

    assertEquals(
        "success",
        cregis().post(target, SignedAsCregis.payoutCallback(payout, 6).toString()).body());
    assertEquals(
        200,
        cregis().post(target, SignedAsCregis.payoutCallback(payout, 6).toString()).statusCode());
    HttpResponse<String> forged =
        cregis()
            .post(
                target,
                SignedAsCregis.tampered(SignedAsCregis.payoutCallback(payout, 7), "amount", "99")
                    .toString());

    assertEquals(400, forged.statusCode());
    assertEquals(
        List.of(Map.of("outcome", "settled")),
        com.vita.testing.TestDatabase.rows(
            "select outcome from provider_event where provider = 'cregis' and object_ref = ?",
            cid));
  }
}
