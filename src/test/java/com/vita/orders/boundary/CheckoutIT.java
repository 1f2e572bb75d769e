package com.vita.orders.boundary;

import static com.vita.orders.boundary.TestShop.cart;
import static com.vita.orders.boundary.TestShop.checkout;
import static com.vita.orders.boundary.TestShop.item;
import static com.vita.orders.boundary.TestShop.pick;
import static com.vita.orders.boundary.TestShop.stock;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vita.testing.TestDatabase;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A cart of several stores becomes one order per store under one checkout, its amounts computed on
 * the server to the minor unit (CLP without decimals, EUR in cents; shipping from the rate tables
 * of V41 for the first zone, every parcel within its first kilogram, so each costs the first band);
 * and a cart that cannot be sold is refused whole, leaving stock as it was.
 */
class CheckoutIT {

  private static TestShop.Seller first;
  private static TestShop.Seller second;

  @BeforeAll
  static void sellers() {
    first = TestShop.seller();
    second = TestShop.seller();
  }

  @Test
  void aThreeStoreCartInChileIsThreeOrdersOfOneCheckoutWithExactTotals() throws Exception {
    String storeA = TestShop.activeStore(first, "CL");
    String storeB = TestShop.activeStore(first, "CL");
    String storeC = TestShop.activeStore(second, "CL");
    String shoe = TestShop.product(first, storeA, "Zapato", "10495", 10);
    String shirt = TestShop.product(first, storeB, "Camisa", "5990", 10);
    String mug = TestShop.product(second, storeC, "Taza", "1000", 10);
    long express = TestShop.chilexpress();
    long correos = TestShop.method("CL", "Correos de Chile", "PyME Estándar");
    String buyer = TestShop.buyer();

    JsonPath placed =
        checkout(
                buyer,
                cart(
                    // the shoe on two lines: two lines in the order, 2 units off the stock
                    List.of(item(shoe, 1), item(shirt, 3), item(mug, 1), item(shoe, 1)),
                    "CL",
                    List.of(pick(storeA, express), pick(storeB, express), pick(storeC, correos))))
            .then()
            .statusCode(201)
            .body("orders", hasSize(3))
            .extract()
            .jsonPath();
    String checkoutId = placed.getString("checkoutId");
    // A: 2 x 10495 = 20990 + 3990 = 24980, IVA 24980 x 0.19 / 1.19 = 3988.40 -> 3988
    assertOrder(placed, storeA, 20_990, 3_990, 24_980, 3_988, "CLP");
    assertEquals(2, order(placed, storeA).getList("lines").size());
    // B: 3 x 5990 = 17970 + 3990 = 21960, IVA 3506.22 -> 3506
    assertOrder(placed, storeB, 17_970, 3_990, 21_960, 3_506, "CLP");
    // C: 1000 + 3490 = 4490, IVA 716.89 -> 717
    assertOrder(placed, storeC, 1_000, 3_490, 4_490, 717, "CLP");
    assertEquals("24980", order(placed, storeA).getString("total.amount"));
    assertEquals(8, stock(shoe));
    assertEquals(7, stock(shirt));
    assertEquals(9, stock(mug));

    List<Map<String, Object>> rows =
        TestDatabase.rows(
            "select o.id, o.seller_id, e.payload->>'checkoutId' as checkout,"
                + " e.payload->>'status' as status, e.payload->>'totalMinor' as total"
                + " from customer_order o join outbox_event e on e.aggregate_id = o.id"
                + " where o.checkout_id = ? and e.event_type = 'order.placed'",
            UUID.fromString(checkoutId));
    assertEquals(3, rows.size(), "one order.placed per order, written with it");
    rows.forEach(r -> assertEquals(checkoutId, r.get("checkout")));
    rows.forEach(r -> assertEquals("pending", r.get("status")));
  }

  @Test
  void aSpanishCartIsExactToTheCent() {
    String storeA = TestShop.activeStore(first, "ES");
    String storeB = TestShop.activeStore(second, "ES");
    String book = TestShop.product(first, storeA, "Libro", "19.99", 5);
    String pen = TestShop.product(second, storeB, "Pluma", "7.50", 5);
    JsonPath placed =
        checkout(
                TestShop.buyer(),
                cart(
                    List.of(item(book, 3), item(pen, 1)),
                    "ES",
                    List.of(
                        pick(storeA, TestShop.method("ES", "Correos", "Paq Estándar")),
                        pick(storeB, TestShop.method("ES", "SEUR", "SEUR 24")))))
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    // 3 x 19.99 = 59.97 + 5.95 = 65.92, IVA 6592 x 0.21 / 1.21 = 1144.07 -> 11.44
    assertOrder(placed, storeA, 5_997, 595, 6_592, 1_144, "EUR");
    assertEquals("65.92", order(placed, storeA).getString("total.amount"));
    assertEquals("11.44", order(placed, storeA).getString("tax.amount"));
    // 7.50 + 7.50 = 15.00, IVA 260.33 -> 2.60
    assertOrder(placed, storeB, 750, 750, 1_500, 260, "EUR");
    assertEquals("0.21", order(placed, storeB).getString("taxRate"));
  }

  @Test
  void aCartThatCannotBeSoldIsRefusedWholeAndReservesNothing() {
    String store = TestShop.activeStore(first, "CL");
    String plenty = TestShop.product(first, store, "Abundante", "1000", 10);
    String scarce = TestShop.product(first, store, "Escaso", "1000", 1);
    long express = TestShop.chilexpress();
    String buyer = TestShop.buyer();

    checkout(
            buyer,
            cart(List.of(item(plenty, 2), item(scarce, 2)), "CL", List.of(pick(store, express))))
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", containsString(scarce));
    // one product on two lines adds up: 1 + 1 of a stock of 1 is too many
    checkout(
            buyer,
            cart(List.of(item(scarce, 1), item(scarce, 1)), "CL", List.of(pick(store, express))))
        .then()
        .statusCode(409)
        .body("detail", containsString(scarce));
    // a Chilean store does not ship to Spain
    checkout(buyer, cart(List.of(item(plenty, 1)), "ES", List.of(pick(store, express))))
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("detail", containsString("CL"));
    // no method for the store, a method of another country, a store with nothing in the cart
    checkout(buyer, cart(List.of(item(plenty, 1)), "CL", List.of()))
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    checkout(
            buyer,
            cart(
                List.of(item(plenty, 1)),
                "CL",
                List.of(pick(store, TestShop.method("ES", "SEUR", "SEUR 24")))))
        .then()
        .statusCode(422);
    checkout(
            buyer,
            cart(
                List.of(item(plenty, 1)),
                "CL",
                List.of(pick(store, express), pick(UUID.randomUUID().toString(), express))))
        .then()
        .statusCode(422);
    // an inactive store does not sell
    String closed =
        TestShop.as(first.token())
            .contentType("application/json")
            .body(Map.of("name", "Cerrada " + System.nanoTime(), "category", "x", "country", "CL"))
            .post("/api/v1/stores")
            .then()
            .statusCode(201)
            .extract()
            .path("storeId");
    String unsold = TestShop.product(first, closed, "Invendible", "1000", 3);
    checkout(buyer, cart(List.of(item(unsold, 1)), "CL", List.of(pick(closed, express))))
        .then()
        .statusCode(422)
        .body("detail", containsString("does not take orders"));
    // an unknown product, a zero quantity, no key, no token
    checkout(
            buyer,
            cart(
                List.of(item(UUID.randomUUID().toString(), 1)),
                "CL",
                List.of(pick(store, express))))
        .then()
        .statusCode(422);
    checkout(buyer, cart(List.of(item(plenty, 0)), "CL", List.of(pick(store, express))))
        .then()
        .statusCode(400);
    checkout(buyer, null, cart(List.of(item(plenty, 1)), "CL", List.of(pick(store, express))))
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", containsString("Idempotency-Key"));
    checkout(null, cart(List.of(item(plenty, 1)), "CL", List.of(pick(store, express))))
        .then()
        .statusCode(401);

    assertEquals(10, stock(plenty));
    assertEquals(1, stock(scarce));
    assertEquals(3, stock(unsold));
    TestShop.as(buyer).get("/api/v1/orders").then().statusCode(200).body("items", hasSize(0));
  }

  static JsonPath order(JsonPath checkout, String storeId) {
    List<Map<String, Object>> orders = checkout.getList("orders");
    for (int i = 0; i < orders.size(); i++) {
      if (storeId.equals(orders.get(i).get("storeId"))) {
        return new JsonPath(checkout.prettify()).setRootPath("orders[" + i + "]");
      }
    }
    throw new AssertionError("no order of store " + storeId);
  }

  private static void assertOrder(
      JsonPath checkout,
      String storeId,
      long subtotal,
      long shipping,
      long total,
      long tax,
      String currency) {
    JsonPath order = order(checkout, storeId);
    assertEquals("pending", order.getString("status"));
    assertEquals(currency, order.getString("currency"));
    assertEquals(subtotal, order.getLong("subtotal.minor"), "subtotal");
    assertEquals(shipping, order.getLong("shipping.minor"), "shipping");
    assertEquals(total, order.getLong("total.minor"), "total");
    assertEquals(tax, order.getLong("tax.minor"), "tax");
    assertEquals(currency, order.getString("total.currency"));
    assertEquals(checkout.getString("checkoutId"), order.getString("checkoutId"));
  }
}
