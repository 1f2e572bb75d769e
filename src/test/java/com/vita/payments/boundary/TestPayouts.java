package com.vita.payments.boundary;

import static com.vita.orders.boundary.TestShop.as;
import static com.vita.payments.boundary.TestPayments.awaitOrder;
import static com.vita.payments.boundary.TestPayments.balance;
import static com.vita.payments.boundary.TestPayments.checkout;
import static com.vita.payments.boundary.TestPayments.confirm;
import static com.vita.payments.boundary.TestPayments.count;
import static com.vita.payments.boundary.TestPayments.intentFor;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vita.orders.boundary.TestShop;
import com.vita.testing.TestAccounts;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Funded sellers (a sale paid and delivered) and their payout calls, through the API. */
final class TestPayouts {

  private TestPayouts() {}

  /** A seller whose delivered sale left {@code availableMinor} in their wallet. */
  record Funded(TestShop.Seller seller, long availableMinor) {
    String token() {
      return seller.token();
    }

    String id() {
      return seller.id();
    }
  }

  /** One unit at {@code price} + 3990 shipping, paid and delivered: net of 10 % available. */
  static Funded funded(String price) throws Exception {
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
    TestShop.ship(seller.token(), order, "CX-PO-" + UUID.randomUUID());
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

  static Map<String, Object> bank(long amount) {
    return Map.of(
        "amountMinor", amount, "currency", "CLP", "rail", "bank", "destination", "BancoEstado 1");
  }

  static Response payout(String token, String wallet, String key, Map<String, ?> body) {
    var request = as(token).contentType("application/json").body(body);
    if (key != null) {
      request = request.header("Idempotency-Key", key);
    }
    return request.post("/api/v1/wallet/" + wallet + "/payouts");
  }

  static Response payout(Funded f, Map<String, ?> body) {
    return payout(f.token(), f.id(), UUID.randomUUID().toString(), body);
  }

  static String admin() throws Exception {
    return TestAccounts.firstAdmin().token();
  }

  static Response adminPost(String path, Map<String, ?> body) throws Exception {
    var request = as(admin()).contentType("application/json");
    return (body == null ? request : request.body(body)).post("/api/v1/admin/payouts/" + path);
  }

  static long available(Funded f) {
    return balance(f.token(), f.id(), "CLP", "available");
  }

  static long bookings(String payoutId, String kind) throws Exception {
    return count(
        "select count(*) as n from ledger_transaction where payout_id = ?::uuid and kind = ?",
        payoutId,
        kind);
  }

  static long payouts(String seller) throws Exception {
    return count("select count(*) as n from payout where seller_id = ?::uuid", seller);
  }
}
