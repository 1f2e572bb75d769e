package com.vita.payments.boundary;

import static com.vita.orders.boundary.TestShop.as;
import static com.vita.payments.boundary.TestPayments.count;
import static com.vita.payments.boundary.TestPayouts.admin;
import static com.vita.payments.boundary.TestPayouts.adminPost;
import static com.vita.payments.boundary.TestPayouts.available;
import static com.vita.payments.boundary.TestPayouts.bank;
import static com.vita.payments.boundary.TestPayouts.bookings;
import static com.vita.payments.boundary.TestPayouts.funded;
import static com.vita.payments.boundary.TestPayouts.payout;
import static com.vita.payments.boundary.TestPayouts.payouts;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vita.orders.boundary.TestShop;
import com.vita.payments.boundary.TestPayouts.Funded;
import com.vita.testing.TestAccounts;
import com.vita.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
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
 * Sellers take their available money out (on the shared server): KYB approved only, bank payouts
 * debited at once and settled or returned by an admin once, held and released; an unknown rail is
 * refused. The ledger sums to zero after each. What a request may take (concurrency,
 * Idempotency-Key, limits, input) is {@link PayoutRequestsIT}.
 */
class PayoutsIT {

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
  void anUnknownRailIsRefusedAndNothingIsWritten() throws Exception {
    TestShop.Seller seller = TestShop.seller();
    payout(
            seller.token(),
            seller.id(),
            UUID.randomUUID().toString(),
            Map.of(
                "amountMinor", 5_000, "currency", "CLP", "rail", "paypal", "destination", "me@x"))
        .then()
        .statusCode(400);
    assertEquals(0, payouts(seller.id()));
  }
}
