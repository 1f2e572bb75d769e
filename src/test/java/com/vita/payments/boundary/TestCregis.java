package com.vita.payments.boundary;

import static com.vita.orders.boundary.TestShop.as;
import static com.vita.payments.boundary.TestPayments.checkout;
import static com.vita.payments.boundary.TestPayments.count;
import static com.vita.payments.boundary.TestPayments.intent;

import com.vita.orders.boundary.TestShop;
import com.vita.testing.FakeCregis;
import com.vita.testing.SignedAsCregis;
import com.vita.testing.VitaTestServer;
import io.restassured.path.json.JsonPath;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** A crypto payment opened through the API, and Cregis' callbacks about it sent to the server. */
final class TestCregis {

  private static final AtomicLong CIDS = new AtomicLong(System.currentTimeMillis() * 1000);

  private static Shop shop;

  private TestCregis() {}

  /** The store and product the Cregis ITs buy from. */
  record Shop(String store, String product) {}

  /** One shop per test JVM, opened on first use (each test makes its own buyer and order). */
  static synchronized Shop shop() {
    if (shop == null) {
      TestShop.Seller seller = TestShop.seller();
      String store = TestShop.activeStore(seller, "CL");
      shop = new Shop(store, TestShop.product(seller, store, "Poncho", "20000", 1000));
    }
    return shop;
  }

  /** A buyer's checkout with a crypto payment opened: the buyer, the order, the payment. */
  record Opened(String buyer, String orderId, JsonPath payment) {
    String id() {
      return payment.getString("id");
    }

    String address() {
      return payment.getString("crypto.address");
    }

    BigDecimal due() {
      return new BigDecimal(payment.getString("crypto.amount"));
    }
  }

  /** A new buyer's checkout of the shop's product, with a crypto payment opened for it. */
  static Opened opened() {
    String buyer = TestShop.buyer();
    TestPayments.Placed placed =
        checkout(buyer, "CL", List.of(shop().store()), List.of(shop().product()));
    JsonPath payment =
        intent(buyer, Map.of("checkoutId", placed.checkoutId(), "method", "cregis"))
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    return new Opened(buyer, placed.orderIds().get(0), payment);
  }

  static String cid() {
    return Long.toString(CIDS.incrementAndGet());
  }

  static URI deposits() {
    return VitaTestServer.baseUri().resolve("/api/v1/payments/webhook/cregis");
  }

  static HttpResponse<String> deliver(JsonObject callback) {
    return cregis().post(deposits(), callback.toString());
  }

  static HttpResponse<String> deposit(Opened opened, BigDecimal amount) {
    return deliver(
        SignedAsCregis.depositCallback(
            cid(), opened.address(), amount.toPlainString(), 1, System.currentTimeMillis()));
  }

  static JsonPath payment(Opened opened) {
    return as(opened.buyer())
        .get("/api/v1/payments/" + opened.id())
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  static long depositsOf(String paymentId) throws Exception {
    return count(
        "select count(*) as n from crypto_deposit where payment_id = ?",
        UUID.fromString(paymentId));
  }

  static FakeCregis cregis() {
    return VitaTestServer.cregis();
  }
}
