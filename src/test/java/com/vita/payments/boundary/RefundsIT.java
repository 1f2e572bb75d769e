package com.vita.payments.boundary;

import static com.vita.payments.boundary.TestPayments.awaitOrder;
import static com.vita.payments.boundary.TestPayments.balance;
import static com.vita.payments.boundary.TestPayments.checkout;
import static com.vita.payments.boundary.TestPayments.confirm;
import static com.vita.payments.boundary.TestPayments.intentFor;
import static com.vita.payments.boundary.TestPayments.refund;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vita.orders.boundary.TestShop;
import com.vita.testing.TestAccounts;
import com.vita.testing.TestDatabase;
import com.vita.testing.VitaTestServer;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Refunds per order, by its store's seller or an admin: partial then the rest, commission taken
 * back in proportion, never more than was paid even when asked concurrently; the full refund moves
 * the order to refunded and its stock back. The ledger stays balanced and cannot be edited.
 */
class RefundsIT {

  /** A sale of one unit at 10000 + 3990 shipping = 13990 CLP, paid. */
  private record Sale(TestShop.Seller seller, String buyer, String orderId, String product) {}

  private static Sale paidSale() {
    TestShop.Seller seller = TestShop.seller();
    String store = TestShop.activeStore(seller, "CL");
    String product = TestShop.product(seller, store, "Radio", "10000", 3);
    String buyer = TestShop.buyer();
    TestPayments.Placed placed = checkout(buyer, "CL", List.of(store), List.of(product));
    confirm(buyer, intentFor(buyer, placed.checkoutId()).getString("id"), "pm_card_visa")
        .then()
        .body("status", equalTo("succeeded"));
    return new Sale(seller, buyer, placed.orderIds().get(0), product);
  }

  @Test
  void aPartialThenAFullRefundTakeCommissionBackInProportion() throws Exception {
    Sale sale = paidSale();
    String token = sale.seller().token();
    String seller = sale.seller().id();
    assertEquals(13_990 - 1_399, balance(token, seller, "CLP", "pending"));
    assertEquals("confirmed", awaitOrder(sale.buyer(), sale.orderId(), "confirmed"));

    refund(token, Map.of("orderId", sale.orderId(), "amountMinor", 3_000, "reason", "damaged box"))
        .then()
        .statusCode(201)
        .body("status", equalTo("succeeded"))
        .body("amountMinor", equalTo(3_000));
    // 3000 back: 300 of it was VITA's commission (1399 x 3000 / 13990 = 300.0)
    assertEquals(13_990 - 1_399 - 2_700, balance(token, seller, "CLP", "pending"));
    refund(token, Map.of("orderId", sale.orderId(), "amountMinor", 11_000)).then().statusCode(422);
    assertEquals("confirmed", awaitOrder(sale.buyer(), sale.orderId(), "confirmed"));

    refund(token, Map.of("orderId", sale.orderId()))
        .then()
        .statusCode(201)
        .body("amountMinor", equalTo(10_990));
    assertEquals(0, balance(token, seller, "CLP", "pending"));
    assertEquals("refunded", awaitOrder(sale.buyer(), sale.orderId(), "refunded"));
    assertEquals(3, TestShop.stock(sale.product()));
    refund(token, Map.of("orderId", sale.orderId(), "amountMinor", 1)).then().statusCode(409);
    PaymentsIT.assertLedgerBalanced();
  }

  @Test
  void aPaidOrderCancelledAfterwardsIsRefundedWithoutAnyoneAsking() throws Exception {
    Sale sale = paidSale();
    assertEquals("confirmed", awaitOrder(sale.buyer(), sale.orderId(), "confirmed"));
    TestShop.status(TestAccounts.firstAdmin().token(), sale.orderId(), "cancelled")
        .then()
        .statusCode(200);
    java.time.Instant deadline = java.time.Instant.now().plusSeconds(15);
    String status = null;
    while (!"refunded".equals(status) && java.time.Instant.now().isBefore(deadline)) {
      Thread.sleep(200);
      status =
          (String)
              TestDatabase.rows(
                      "select p.status from payment p join payment_order o on o.payment_id = p.id"
                          + " where o.order_id = ?::uuid",
                      sale.orderId())
                  .get(0)
                  .get("status");
    }
    assertEquals("refunded", status, "the whole payment went back");
    assertEquals(0, balance(sale.seller().token(), sale.seller().id(), "CLP", "pending"));
    assertEquals(3, TestShop.stock(sale.product()));
    assertEquals("cancelled", awaitOrder(sale.buyer(), sale.orderId(), "cancelled"));
  }

  @Test
  void onlyTheStoresSellerOrAnAdminRefunds() throws Exception {
    Sale sale = paidSale();
    TestShop.Seller other = TestShop.seller();
    refund(other.token(), Map.of("orderId", sale.orderId(), "amountMinor", 100))
        .then()
        .statusCode(404);
    refund(sale.buyer(), Map.of("orderId", sale.orderId(), "amountMinor", 100))
        .then()
        .statusCode(403);
    refund(sale.seller().token(), Map.of("orderId", sale.orderId(), "amountMinor", -5))
        .then()
        .statusCode(400);
    refund(TestAccounts.firstAdmin().token(), Map.of("orderId", sale.orderId(), "amountMinor", 100))
        .then()
        .statusCode(201);
  }

  @Test
  void concurrentRefundsNeverGiveBackMoreThanWasPaid() throws Exception {
    Sale sale = paidSale();
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Callable<Integer>> refunds = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        refunds.add(
            () ->
                refund(
                        sale.seller().token(),
                        Map.of("orderId", sale.orderId(), "amountMinor", 5_000))
                    .statusCode());
      }
      int succeeded = 0;
      for (Future<Integer> status : pool.invokeAll(refunds)) {
        int code = status.get();
        assertTrue(code == 201 || code == 422 || code == 409, "answered " + code);
        succeeded += code == 201 ? 1 : 0;
      }
      assertEquals(2, succeeded, "two of 5000 fit in 13990, a third does not");
    } finally {
      pool.shutdownNow();
    }
    assertEquals(
        10_000L,
        ((Number)
                TestDatabase.rows(
                        "select coalesce(sum(amount_minor), 0) as n from payment_refund"
                            + " where order_id = ?::uuid and status = 'succeeded'",
                        sale.orderId())
                    .get(0)
                    .get("n"))
            .longValue());
    assertEquals(10_000L, refundedAtStripe(sale));
  }

  private static long refundedAtStripe(Sale sale) throws SQLException {
    String ref =
        (String)
            TestDatabase.rows(
                    "select p.provider_ref from payment p join payment_order o on o.payment_id = p.id"
                        + " where o.order_id = ?::uuid",
                    sale.orderId())
                .get(0)
                .get("provider_ref");
    return VitaTestServer.stripe().requests().stream()
        .filter(r -> r.path().equals("/v1/refunds") && r.status() == 200 && !r.replayed())
        .filter(r -> ref.equals(r.params().get("payment_intent")))
        .mapToLong(r -> Long.parseLong(r.params().get("amount")))
        .sum();
  }

  @Test
  void theLedgerSumsToZeroAndRefusesEveryChange() throws Exception {
    paidSale();
    PaymentsIT.assertLedgerBalanced();
    try (Connection db = TestDatabase.connect();
        Statement sql = db.createStatement()) {
      SQLException update =
          assertThrows(
              SQLException.class,
              () -> sql.executeUpdate("update ledger_entry set amount_minor = amount_minor + 1"));
      assertTrue(update.getMessage().contains("immutable"), update.getMessage());
      assertThrows(SQLException.class, () -> sql.executeUpdate("delete from ledger_entry"));
      assertThrows(SQLException.class, () -> sql.executeUpdate("truncate ledger_entry cascade"));
      assertThrows(
          SQLException.class,
          () -> sql.executeUpdate("update ledger_transaction set kind = 'release'"));
      // an unbalanced booking fails at commit
      db.setAutoCommit(false);
      sql.executeUpdate(
          "insert into ledger_transaction (id, kind, order_id, description, occurred_at)"
              + " select gen_random_uuid(), 'release', o.id, 'forged', now() from customer_order o"
              + " where not exists (select 1 from ledger_transaction t where t.kind = 'release'"
              + " and t.order_id = o.id) limit 1");
      sql.executeUpdate(
          "insert into ledger_entry (transaction_id, account_id, currency, amount_minor,"
              + " created_at) select t.id, a.id, a.currency, 1000, now()"
              + " from ledger_transaction t, ledger_account a"
              + " where t.description = 'forged' and a.kind = 'platform_commission' limit 1");
      SQLException commit = assertThrows(SQLException.class, db::commit);
      assertTrue(commit.getMessage().contains("sum to zero"), commit.getMessage());
      db.rollback();
    }
  }
}
