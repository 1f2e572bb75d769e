package com.vita.payments.boundary;

import static com.vita.orders.boundary.TestShop.as;
import static com.vita.payments.boundary.TestPayments.awaitOrder;
import static com.vita.payments.boundary.TestPayments.balance;
import static com.vita.payments.boundary.TestPayments.checkout;
import static com.vita.payments.boundary.TestPayments.confirm;
import static com.vita.payments.boundary.TestPayments.count;
import static com.vita.payments.boundary.TestPayments.intentFor;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vita.orders.boundary.TestShop;
import com.vita.testing.TestAccounts;
import com.vita.testing.TestDatabase;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Sellers take their available money out (on the shared server, whose limits are CLP 1000 to 30000
 * a payout and 50000 a day): KYB approved only, never more than is available even when twenty ask
 * at once, one payout per Idempotency-Key, bank payouts settled or returned by an admin once, held
 * and released; another's wallet is 404. The ledger sums to zero after each.
 */
class PayoutsIT {

  /** A seller whose delivered sale left {@code availableMinor} in their wallet. */
  private record Funded(TestShop.Seller seller, long availableMinor) {
    String token() {
      return seller.token();
    }

    String id() {
      return seller.id();
    }
  }

  /** One unit at {@code price} + 3990 shipping, paid and delivered: net of 10 % available. */
  private static Funded funded(String price) throws Exception {
    TestShop.Seller seller = TestShop.seller();
    String store = TestShop.activeStore(seller, "CL");
    String product = TestShop.product(seller, store, "Lámpara", price, 5);
    String buyer = TestShop.buyer();
    TestPayments.Placed placed = checkout(buyer, "CL", List.of(store), List.of(product));
    String order = placed.orderIds().get(0);
    confirm(buyer, intentFor(buyer, placed.checkoutId()).getString("id"), "pm_card_visa")
        .then()
        .body("status", equalTo("succeeded"));
    assertEquals("confirmed", awaitOrder(buyer, order, "confirmed"));
    TestShop.status(seller.token(), order, "processing").then().statusCode(200);
    TestShop.status(
            seller.token(),
            order,
            Map.of(
                "status",
                "shipped",
                "carrier",
                "Chilexpress",
                "trackingNumber",
                "CX-PO-" + UUID.randomUUID()))
        .then()
        .statusCode(200);
    TestShop.status(TestAccounts.firstAdmin().token(), order, "delivered").then().statusCode(200);
    long gross = Long.parseLong(price) + 3_990;
    long net = gross - Math.round(gross * 0.10);
    Instant deadline = Instant.now().plusSeconds(15);
    while (balance(seller.token(), seller.id(), "CLP", "available") < net
        && Instant.now().isBefore(deadline)) {
      Thread.sleep(100);
    }
    assertEquals(net, balance(seller.token(), seller.id(), "CLP", "available"));
    return new Funded(seller, net);
  }

  private static Map<String, Object> bank(long amount) {
    return Map.of(
        "amountMinor", amount, "currency", "CLP", "rail", "bank", "destination", "BancoEstado 1");
  }

  private static Response payout(String token, String wallet, String key, Map<String, ?> body) {
    var request = as(token).contentType("application/json").body(body);
    if (key != null) {
      request = request.header("Idempotency-Key", key);
    }
    return request.post("/api/v1/wallet/" + wallet + "/payouts");
  }

  private static Response payout(Funded f, Map<String, ?> body) {
    return payout(f.token(), f.id(), UUID.randomUUID().toString(), body);
  }

  private static String admin() throws Exception {
    return TestAccounts.firstAdmin().token();
  }

  private static Response adminPost(String path, Map<String, ?> body) throws Exception {
    var request = as(admin()).contentType("application/json");
    return (body == null ? request : request.body(body)).post("/api/v1/admin/payouts/" + path);
  }

  private static long available(Funded f) {
    return balance(f.token(), f.id(), "CLP", "available");
  }

  private static long bookings(String payoutId, String kind) throws Exception {
    return count(
        "select count(*) as n from ledger_transaction where payout_id = ?::uuid and kind = ?",
        payoutId,
        kind);
  }

  private static long payouts(String seller) throws Exception {
    return count("select count(*) as n from payout where seller_id = ?::uuid", seller);
  }

  @Test
  void withoutAnApprovedBusinessNoPayout() throws Exception {
    TestAccounts.Registered buyer = TestAccounts.register();
    payout(buyer.token(), buyer.userId(), UUID.randomUUID().toString(), bank(5_000))
        .then()
        .statusCode(403)
        .contentType(containsString("application/problem+json"))
        .body("detail", containsString("KYB"));
    assertEquals(0, payouts(buyer.userId()));
  }

  @Test
  void aBankPayoutIsDebitedAtOnceAndSettledOnceByTheFinanceTeam() throws Exception {
    Funded f = funded("20000");
    String reference = "TRF-" + UUID.randomUUID();
    String id =
        payout(f, bank(5_000))
            .then()
            .statusCode(201)
            .body("status", equalTo("submitted"))
            .body("rail", equalTo("bank"))
            .body("sandbox", equalTo(false))
            .body("amountMinor", equalTo(5_000))
            .body("providerRef", nullValue())
            .extract()
            .path("id");
    assertEquals(f.availableMinor() - 5_000, available(f));
    as(f.token()).get("/api/v1/wallet/" + f.id()).then().body("entries.kind", hasItem("payout"));
    as(admin())
        .get("/api/v1/admin/payouts?status=submitted&limit=200")
        .then()
        .statusCode(200)
        .body("payouts.id", hasItem(id));

    // The finance team's word twice at once: one settles, the other finds it settled.
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Integer> answers = new ArrayList<>();
    try {
      Callable<Integer> settle =
          () -> adminPost(id + "/settle", Map.of("reference", reference)).statusCode();
      for (Future<Integer> answer : pool.invokeAll(List.of(settle, settle))) {
        answers.add(answer.get());
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(List.of(200, 409), answers.stream().sorted().toList());
    assertEquals(1, bookings(id, "payout"));
    assertEquals(1, bookings(id, "payout_settled"));
    assertEquals(0, bookings(id, "payout_returned"));
    as(f.token())
        .get("/api/v1/wallet/" + f.id() + "/payouts/" + id)
        .then()
        .statusCode(200)
        .body("status", equalTo("settled"))
        .body("providerRef", equalTo(reference));
    adminPost(id + "/return", Map.of("reason", "late")).then().statusCode(409);
    // One bank transfer settles one payout.
    String other = payout(f, bank(1_000)).then().statusCode(201).extract().path("id");
    adminPost(other + "/settle", Map.of("reference", reference))
        .then()
        .statusCode(409)
        .body("detail", containsString("another payout"));
    assertEquals(f.availableMinor() - 6_000, available(f), "settled money does not come back");
    // Every move is in the audit trail, the request by the seller and the settlement by the admin.
    assertEquals(
        List.of("payout.requested", "payout.submitted", "payout.settled"),
        TestDatabase.rows("select action from audit_event where subject = ? order by id", id)
            .stream()
            .map(r -> r.get("action"))
            .toList());
    assertEquals(
        1,
        count(
            "select count(*) as n from audit_event where subject = ? and action = ?"
                + " and actor_id = ?::uuid",
            id,
            "payout.settled",
            TestAccounts.firstAdmin().userId()));
    // The payout's money passed through the rail's clearing: nothing is left there.
    assertEquals(
        0,
        count(
            "select coalesce(sum(e.amount_minor), 0) as n from ledger_entry e"
                + " join ledger_transaction t on t.id = e.transaction_id"
                + " join ledger_account a on a.id = e.account_id"
                + " where t.payout_id = ?::uuid and a.kind = 'payout_clearing'",
            id));
    // The database itself refuses a second end of the payout, whatever the code did.
    try (Connection db = TestDatabase.connect();
        Statement sql = db.createStatement()) {
      SQLException twice =
          assertThrows(
              SQLException.class,
              () ->
                  sql.executeUpdate(
                      "insert into ledger_transaction (id, kind, payout_id, description,"
                          + " occurred_at) values (gen_random_uuid(), 'payout_returned', '"
                          + id
                          + "', 'forged', now())"));
      assertTrue(twice.getMessage().contains("ledger_payout_ends_once"), twice.getMessage());
    }
    PaymentsIT.assertLedgerBalanced();
  }

  @Test
  void aReturnedPayoutGivesTheMoneyBackAndHoldsAreTheAdminsAlone() throws Exception {
    Funded f = funded("20000");
    String id = payout(f, bank(7_000)).then().statusCode(201).extract().path("id");
    assertEquals(f.availableMinor() - 7_000, available(f));

    as(f.token())
        .contentType("application/json")
        .body(Map.of("reason", "mine"))
        .post("/api/v1/admin/payouts/" + id + "/hold")
        .then()
        .statusCode(403);
    adminPost(id + "/hold", Map.of()).then().statusCode(400);
    adminPost(id + "/hold", Map.of("reason", "account name differs"))
        .then()
        .statusCode(200)
        .body("status", equalTo("held"))
        .body("reason", equalTo("account name differs"));
    adminPost(id + "/hold", Map.of("reason", "again")).then().statusCode(409);
    adminPost(id + "/settle", Map.of()).then().statusCode(409);
    adminPost(id + "/release", null).then().statusCode(200).body("status", equalTo("submitted"));
    adminPost(id + "/release", null).then().statusCode(409);

    adminPost(id + "/return", Map.of("reason", "the bank refused the account"))
        .then()
        .statusCode(200)
        .body("status", equalTo("returned"))
        .body("reason", equalTo("the bank refused the account"));
    adminPost(id + "/return", Map.of("reason", "twice")).then().statusCode(409);
    assertEquals(f.availableMinor(), available(f), "all of it back");
    assertEquals(1, bookings(id, "payout_returned"));
    assertEquals(0, bookings(id, "payout_settled"));
    as(f.token())
        .get("/api/v1/wallet/" + f.id())
        .then()
        .body("entries.kind", hasItem("payout_returned"));
    assertEquals(
        List.of(
            "payout.requested",
            "payout.submitted",
            "payout.held",
            "payout.released",
            "payout.returned"),
        TestDatabase.rows("select action from audit_event where subject = ? order by id", id)
            .stream()
            .map(r -> r.get("action"))
            .toList());
    adminPost(UUID.randomUUID() + "/hold", Map.of("reason", "x")).then().statusCode(404);
    PaymentsIT.assertLedgerBalanced();
  }

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
  void aRailThatIsNotDeployedIsNotAvailable() throws Exception {
    Assumptions.assumeTrue(
        getClass().getClassLoader().getResource("com/vita/payments/control/CregisPayoutRail.class")
            == null,
        "the Cregis rail is deployed");
    TestShop.Seller seller = TestShop.seller();
    payout(
            seller.token(),
            seller.id(),
            UUID.randomUUID().toString(),
            Map.of(
                "amountMinor", 5_000, "currency", "CLP", "rail", "cregis", "destination", "TXabc"))
        .then()
        .statusCode(422)
        .body("detail", containsString("not available"));
    assertEquals(0, payouts(seller.id()));
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
