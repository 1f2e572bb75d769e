package com.vita.payments.boundary;

import static com.vita.orders.boundary.TestShop.as;

import com.vita.orders.boundary.TestShop;
import com.vita.testing.TestDatabase;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Checkouts to pay and the payment calls, through the API, and what the ledger booked. */
final class TestPayments {

  private TestPayments() {}

  /** A placed checkout: its id and its orders' ids, in the order of the stores given. */
  record Placed(String checkoutId, List<String> orderIds) {}

  /** One unit of each product, each store shipped by the country's first method. */
  static Placed checkout(String buyer, String country, List<String> stores, List<String> products) {
    long method =
        "ES".equals(country) ? TestShop.method("ES", "SEUR", "SEUR 24") : TestShop.chilexpress();
    JsonPath placed =
        TestShop.checkout(
                buyer,
                TestShop.cart(
                    products.stream().map(p -> TestShop.item(p, 1)).toList(),
                    country,
                    stores.stream().map(s -> TestShop.pick(s, method)).toList()))
            .then()
            .log()
            .ifValidationFails()
            .statusCode(201)
            .extract()
            .jsonPath();
    List<String> orders =
        stores.stream()
            .map(s -> placed.getString("orders.find { it.storeId == '" + s + "' }.id"))
            .toList();
    return new Placed(placed.getString("checkoutId"), orders);
  }

  static Response intent(String buyer, Map<String, ?> body) {
    return as(buyer)
        .contentType("application/json")
        .header("Idempotency-Key", UUID.randomUUID().toString())
        .body(body)
        .post("/api/v1/payments/intent")
        .then()
        .log()
        .ifValidationFails()
        .extract()
        .response();
  }

  static JsonPath intentFor(String buyer, String checkoutId) {
    return intent(buyer, Map.of("checkoutId", checkoutId, "method", "stripe"))
        .then()
        .statusCode(201)
        .extract()
        .jsonPath();
  }

  static Response confirm(String buyer, String paymentId, String method) {
    return as(buyer)
        .contentType("application/json")
        .header("Idempotency-Key", UUID.randomUUID().toString())
        .body(Map.of("paymentId", paymentId, "paymentMethod", method))
        .post("/api/v1/payments/confirm");
  }

  static Response refund(String token, Map<String, ?> body) {
    return as(token)
        .contentType("application/json")
        .header("Idempotency-Key", UUID.randomUUID().toString())
        .body(body)
        .post("/api/v1/payments/refund");
  }

  /** Waits (up to 15 s) for the order to reach the status, as its buyer sees it. */
  static String awaitOrder(String token, String orderId, String status)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
    String now = null;
    while (Instant.now().isBefore(deadline)) {
      now = as(token).get("/api/v1/orders/" + orderId).then().extract().path("status");
      if (status.equals(now)) {
        return now;
      }
      Thread.sleep(100);
    }
    return now;
  }

  /** How many capture transactions the ledger holds for the payment. */
  static long captures(String paymentId) throws SQLException {
    return count(
        "select count(*) as n from ledger_transaction where kind = 'capture' and payment_id = ?",
        UUID.fromString(paymentId));
  }

  static long count(String sql, Object... parameters) throws SQLException {
    return ((Number) TestDatabase.rows(sql, parameters).get(0).get("n")).longValue();
  }

  /** The seller's wallet balance of one kind (available or pending) in a currency. */
  static long balance(String token, String userId, String currency, String kind) {
    JsonPath wallet =
        as(token).get("/api/v1/wallet/" + userId).then().statusCode(200).extract().jsonPath();
    Number value =
        wallet.get("balances.find { it.currency == '" + currency + "' }." + kind + "Minor");
    return value == null ? 0 : value.longValue();
  }
}
