package com.vita.payments.boundary;

import static com.vita.orders.boundary.TestShop.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vita.orders.boundary.TestShop;
import com.vita.testing.FakeBank;
import com.vita.testing.TestAccounts;
import com.vita.testing.VitaTestServer;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A bank-transfer payment opened, declared and verified through the API, against FakeBank. */
final class TestBankTransfers {

  private static Shop shop;

  private TestBankTransfers() {}

  /** The seller, store and product the bank-transfer ITs buy from, and an admin's token. */
  record Shop(TestShop.Seller seller, String store, String product, String admin) {}

  /** One shop per test JVM, opened on first use (each test makes its own buyer and order). */
  static synchronized Shop shop() {
    if (shop == null) {
      try {
        TestShop.Seller seller = TestShop.seller();
        String store = TestShop.activeStore(seller, "CL");
        String product = TestShop.product(seller, store, "Cafetera", "8000", 1000);
        shop = new Shop(seller, store, product, TestAccounts.firstAdmin().token());
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
    return shop;
  }

  static FakeBank bank() {
    return VitaTestServer.bank();
  }

  /** A checkout's bank-transfer payment, opened: its buyer, order, payment and amount. */
  record Opened(String buyer, String orderId, String paymentId, long amountMinor) {}

  /** A new buyer's checkout of the shop's product, with a bank-transfer payment opened for it. */
  static Opened opened() {
    String buyer = TestShop.buyer();
    TestPayments.Placed placed =
        TestPayments.checkout(buyer, "CL", List.of(shop().store()), List.of(shop().product()));
    JsonPath intent =
        TestPayments.intent(
                buyer, Map.of("checkoutId", placed.checkoutId(), "method", "bank_transfer"))
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    assertEquals("bank_transfer", intent.getString("provider"));
    assertEquals(false, intent.getBoolean("sandbox"));
    assertEquals("requires_action", intent.getString("status"));
    assertEquals("awaiting_declaration", intent.getString("bankTransfer.status"));
    return new Opened(
        buyer, placed.orderIds().get(0), intent.getString("id"), intent.getLong("amountMinor"));
  }

  static String reference() {
    return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 14).toUpperCase();
  }

  static LocalDate today() {
    return LocalDate.now(ZoneOffset.UTC);
  }

  static Map<String, Object> transfer(String reference, long amountMinor, LocalDate day) {
    Map<String, Object> body = new HashMap<>();
    body.put("bank", "banesco");
    body.put("reference", reference);
    body.put("amountMinor", amountMinor);
    body.put("date", day.toString());
    return body;
  }

  static Response declare(String buyer, String paymentId, Map<String, ?> body) {
    return as(buyer)
        .contentType("application/json")
        .header("Idempotency-Key", UUID.randomUUID().toString())
        .body(body)
        .post("/api/v1/payments/" + paymentId + "/transfer")
        .then()
        .log()
        .ifValidationFails()
        .extract()
        .response();
  }

  /** Works the verification queue now, as the admin (the timer is off on the shared server). */
  static JsonPath verify() {
    return as(shop().admin())
        .post("/api/v1/admin/payments/bank-transfers/verify")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  static JsonPath payment(String buyer, String paymentId) {
    return as(buyer)
        .get("/api/v1/payments/" + paymentId)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  static String orderStatus(String buyer, String orderId) {
    return as(buyer)
        .get("/api/v1/orders/" + orderId)
        .then()
        .statusCode(200)
        .extract()
        .path("status");
  }

  static long transfersOf(String paymentId) throws Exception {
    return TestPayments.count(
        "select count(*) as n from bank_transfer where payment_id = ?", UUID.fromString(paymentId));
  }
}
