package com.vita.payments.boundary;

import static com.vita.orders.boundary.TestShop.as;
import static com.vita.payments.boundary.TestPayments.count;
import static com.vita.payments.boundary.TestPayouts.admin;
import static com.vita.payments.boundary.TestPayouts.adminPost;
import static com.vita.payments.boundary.TestPayouts.available;
import static com.vita.payments.boundary.TestPayouts.bank;
import static com.vita.payments.boundary.TestPayouts.funded;
import static com.vita.payments.boundary.TestPayouts.payout;
import static com.vita.payments.boundary.TestPayouts.payouts;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vita.orders.boundary.TestShop;
import com.vita.payments.boundary.TestPayouts.Funded;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * What a payout request may take, on the shared server whose limits are CLP 1000 to 30000 a payout
 * and 50000 a day: never more than is available even when twenty ask at once, one payout per
 * Idempotency-Key, the limits; another's wallet is 404 and bad input changes nothing; pages.
 */
class PayoutRequestsIT {

  @Test
  void twentyAtOnceNeverTakeMoreThanIsAvailable() throws Exception {
    Funded f = funded("20000"); // 21591 available: ten payouts of 2000 fit, an eleventh does not
    ExecutorService pool = Executors.newFixedThreadPool(20);
    Map<Integer, Integer> answers = new HashMap<>();
    try {
      List<Callable<Integer>> asks = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        asks.add(() -> payout(f, bank(2_000)).statusCode());
      }
      for (Future<Integer> answer : pool.invokeAll(asks)) {
        answers.merge(answer.get(), 1, Integer::sum);
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(Map.of(201, 10, 422, 10), answers);
    assertEquals(f.availableMinor() - 20_000, available(f));
    assertEquals(10, payouts(f.id()));
    // The wallet's running balance never went below zero, at any entry.
    assertEquals(
        0,
        count(
            "select count(*) as n from ledger_entry e join ledger_account a on a.id = e.account_id"
                + " where a.holder_id = ?::uuid and a.kind = 'seller_available'"
                + " and e.balance_after < 0",
            f.id()));
    payout(f, bank(f.availableMinor() - 20_000 + 1))
        .then()
        .statusCode(422)
        .body("detail", containsString("available"));
    assertEquals(10, payouts(f.id()));
    PaymentsIT.assertLedgerBalanced();
  }

  @Test
  void oneKeyIsOnePayout() throws Exception {
    Funded f = funded("20000");
    String key = UUID.randomUUID().toString();
    String first =
        payout(f.token(), f.id(), key, bank(3_000)).then().statusCode(201).extract().path("id");
    payout(f.token(), f.id(), key, bank(3_000))
        .then()
        .statusCode(201)
        .header("Idempotent-Replayed", "true")
        .body("id", equalTo(first));
    payout(f.token(), f.id(), key, bank(4_000)).then().statusCode(422);
    assertEquals(1, payouts(f.id()));
    assertEquals(f.availableMinor() - 3_000, available(f));
    PaymentsIT.assertLedgerBalanced();
  }

  @Test
  void theLimitsPerPayoutAndPerDayHold() throws Exception {
    Funded f = funded("60000"); // 57591 available
    payout(f, bank(999)).then().statusCode(422).body("detail", containsString("at least"));
    payout(f, bank(30_001)).then().statusCode(422).body("detail", containsString("at most"));
    payout(f, Map.of("amountMinor", 5_000, "currency", "USD", "rail", "bank", "destination", "x"))
        .then()
        .statusCode(422);
    payout(f, bank(30_000)).then().statusCode(201);
    String second = payout(f, bank(20_000)).then().statusCode(201).extract().path("id");
    payout(f, bank(1_000)).then().statusCode(422).body("detail", containsString("a day"));
    // A returned payout no longer counts against the day.
    adminPost(second + "/return", Map.of("reason", "wrong account")).then().statusCode(200);
    payout(f, bank(1_000)).then().statusCode(201);
    assertEquals(3, payouts(f.id()));
    assertEquals(f.availableMinor() - 31_000, available(f));
    PaymentsIT.assertLedgerBalanced();
  }

  @Test
  void anotherUsersWalletAndPayoutsAreNotFoundAndBadInputChangesNothing() throws Exception {
    TestShop.Seller owner = TestShop.seller();
    TestShop.Seller other = TestShop.seller();
    String key = UUID.randomUUID().toString();
    payout(other.token(), owner.id(), key, bank(5_000)).then().statusCode(404);
    as(other.token()).get("/api/v1/wallet/" + owner.id() + "/payouts").then().statusCode(404);
    payout(admin(), owner.id(), key, bank(5_000)).then().statusCode(404);
    as(admin())
        .get("/api/v1/wallet/" + owner.id() + "/payouts")
        .then()
        .statusCode(200)
        .body("payouts.size()", equalTo(0));
    as(owner.token())
        .get("/api/v1/wallet/" + owner.id() + "/payouts/" + UUID.randomUUID())
        .then()
        .statusCode(404);
    as(owner.token()).get("/api/v1/wallet/" + owner.id() + "/payouts/x").then().statusCode(404);
    as(owner.token()).get("/api/v1/admin/payouts").then().statusCode(403);

    List<Map<String, Object>> bad = new ArrayList<>();
    bad.add(Map.of("currency", "CLP", "rail", "bank", "destination", "x"));
    bad.add(Map.of("amountMinor", -5, "currency", "CLP", "rail", "bank", "destination", "x"));
    bad.add(Map.of("amountMinor", 0, "currency", "CLP", "rail", "bank", "destination", "x"));
    bad.add(Map.of("amountMinor", 5_000, "currency", "clp", "rail", "bank", "destination", "x"));
    bad.add(Map.of("amountMinor", 5_000, "currency", "ZZZ", "rail", "bank", "destination", "x"));
    bad.add(Map.of("amountMinor", 5_000, "currency", "CLP", "rail", "paypal", "destination", "x"));
    bad.add(Map.of("amountMinor", 5_000, "currency", "CLP", "rail", "bank", "destination", " "));
    bad.add(
        Map.of(
            "amountMinor",
            5_000,
            "currency",
            "CLP",
            "rail",
            "bank",
            "destination",
            "x".repeat(201)));
    for (Map<String, Object> body : bad) {
      payout(owner.token(), owner.id(), UUID.randomUUID().toString(), body)
          .then()
          .statusCode(400)
          .contentType(containsString("application/problem+json"));
    }
    payout(owner.token(), owner.id(), null, bank(5_000)).then().statusCode(400);
    as(owner.token())
        .get("/api/v1/wallet/" + owner.id() + "/payouts?cursor=nope")
        .then()
        .statusCode(400);
    as(owner.token())
        .get("/api/v1/wallet/" + owner.id() + "/payouts?limit=0")
        .then()
        .statusCode(400);
    // Nothing available yet: refused, and nothing written.
    payout(owner.token(), owner.id(), UUID.randomUUID().toString(), bank(5_000))
        .then()
        .statusCode(422)
        .body("detail", containsString("available"));
    assertEquals(0, payouts(owner.id()));
    assertEquals(0, payouts(other.id()));
  }

  @Test
  void pagesOfPayoutsAreNewestFirst() throws Exception {
    Funded f = funded("20000");
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      ids.add(payout(f, bank(1_000 + i)).then().statusCode(201).extract().path("id"));
    }
    Response first = as(f.token()).get("/api/v1/wallet/" + f.id() + "/payouts?limit=2");
    first.then().statusCode(200).body("payouts.id", equalTo(List.of(ids.get(2), ids.get(1))));
    String cursor = first.path("nextCursor");
    as(f.token())
        .get("/api/v1/wallet/" + f.id() + "/payouts?limit=2&cursor=" + cursor)
        .then()
        .body("payouts.id", equalTo(List.of(ids.get(0))))
        .body("nextCursor", nullValue());
    assertTrue(cursor != null);
  }
}
