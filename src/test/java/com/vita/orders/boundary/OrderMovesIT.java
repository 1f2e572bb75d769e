package com.vita.orders.boundary;

import static com.vita.orders.boundary.TestShop.as;
import static com.vita.orders.boundary.TestShop.cart;
import static com.vita.orders.boundary.TestShop.checkout;
import static com.vita.orders.boundary.TestShop.item;
import static com.vita.orders.boundary.TestShop.pick;
import static com.vita.orders.boundary.TestShop.status;
import static com.vita.orders.boundary.TestShop.stock;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.vita.testing.TestDatabase;
import com.vita.testing.TestTokens;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each role's moves over HTTP (buyer cancels their pending order, the seller confirms, processes
 * and ships, an admin the rest), refusals by role (403) and by state (409 naming the status),
 * another's order as 404 everywhere, stock given back on cancel and refund, the history and the
 * outbox events, and the lists each role sees.
 */
class OrderMovesIT {

  private static TestShop.Seller seller;
  private static String store;
  private static long express;

  private final String admin = TestTokens.forRoles("buyer", "admin");

  @BeforeAll
  static void shop() {
    seller = TestShop.seller();
    store = TestShop.activeStore(seller, "CL");
    express = TestShop.chilexpress();
  }

  private static String placeOne(String buyer, String product, int quantity) {
    return checkout(
            buyer, cart(List.of(item(product, quantity)), "CL", List.of(pick(store, express))))
        .then()
        .statusCode(201)
        .extract()
        .path("orders[0].id");
  }

  @Test
  void theSellerConfirmsProcessesAndShipsAndAnAdminDeliversAndRefunds() throws Exception {
    String product = TestShop.product(seller, store, "Lámpara", "15000", 5);
    String buyer = TestShop.buyer();
    String order = placeOne(buyer, product, 2);
    assertEquals(3, stock(product));

    // the buyer cannot confirm; the seller cannot ship before processing nor skip ahead
    status(buyer, order, "confirmed")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    status(
            seller.token(),
            order,
            Map.of("status", "shipped", "carrier", "Chilexpress", "trackingNumber", "CX-0001"))
        .then()
        .statusCode(409)
        .body("detail", containsString("pending"));
    status(seller.token(), order, "confirmed")
        .then()
        .statusCode(200)
        .body("status", equalTo("confirmed"));
    status(buyer, order, "cancelled")
        .then()
        .statusCode(409)
        .body("detail", containsString("confirmed"));
    as(buyer)
        .post("/api/v1/orders/" + order + "/cancel")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", containsString("confirmed"));
    status(seller.token(), order, "cancelled").then().statusCode(403);
    status(seller.token(), order, "processing").then().statusCode(200);
    status(seller.token(), order, Map.of("status", "shipped"))
        .then()
        .statusCode(400)
        .body("detail", containsString("tracking"));
    status(
            seller.token(),
            order,
            Map.of(
                "status",
                "shipped",
                "carrier",
                "Chilexpress",
                "trackingNumber",
                "CX-" + System.nanoTime(),
                "note",
                "sale hoy"))
        .then()
        .statusCode(200)
        .body("status", equalTo("shipped"))
        .body("shippingMethod.trackingCarrier", equalTo("Chilexpress"))
        .body("shippingMethod.trackingId", notNullValue());
    as(buyer)
        .get("/api/v1/orders/" + order + "/tracking")
        .then()
        .statusCode(200)
        .body("status", equalTo("shipped"))
        .body("trackingNumber", containsString("CX-"))
        .body("events.size()", equalTo(1));
    status(seller.token(), order, "delivered").then().statusCode(403);
    status(admin, order, "delivered").then().statusCode(200);
    status(admin, order, "processing")
        .then()
        .statusCode(409)
        .body("detail", containsString("delivered"));
    status(admin, order, Map.of("status", "refunded", "note", "producto dañado"))
        .then()
        .statusCode(200)
        .body("status", equalTo("refunded"));
    assertEquals(5, stock(product), "a refund gives the units back");
    status(admin, order, "cancelled")
        .then()
        .statusCode(409)
        .body("detail", containsString("refunded"));
    status(admin, order, "nonsense").then().statusCode(400);

    as(buyer)
        .get("/api/v1/orders/" + order)
        .then()
        .statusCode(200)
        .body(
            "history.to",
            equalTo(
                List.of("pending", "confirmed", "processing", "shipped", "delivered", "refunded")))
        .body("history[0].from", nullValue())
        .body("history[0].actorId", equalTo(idOf(buyer)))
        .body("history[1].actorId", equalTo(seller.id()))
        .body("history[3].note", equalTo("sale hoy"))
        .body("history[5].note", equalTo("producto dañado"));
    List<Map<String, Object>> events =
        TestDatabase.rows(
            "select event_type, payload->>'previousStatus' as previous, payload->>'trackingNumber' as tracking"
                + " from outbox_event where aggregate_id = ? order by sequence",
            UUID.fromString(order));
    assertEquals(
        List.of(
            "order.placed",
            "order.confirmed",
            "order.processing",
            "order.shipped",
            "order.delivered",
            "order.refunded"),
        events.stream().map(e -> e.get("event_type")).toList());
    assertEquals(null, events.get(0).get("previous"));
    assertEquals("processing", events.get(3).get("previous"));
    assertNotEquals(null, events.get(3).get("tracking"));
  }

  @Test
  void theBuyerCancelsTheirPendingOrderAndTheStockComesBack() {
    String product = TestShop.product(seller, store, "Silla", "20000", 4);
    String buyer = TestShop.buyer();
    String order = placeOne(buyer, product, 3);
    assertEquals(1, stock(product));
    as(buyer)
        .contentType("application/json")
        .body("{}")
        .post("/api/v1/orders/" + order + "/cancel")
        .then()
        .statusCode(200)
        .body("status", equalTo("cancelled"));
    assertEquals(4, stock(product));
    as(buyer)
        .post("/api/v1/orders/" + order + "/cancel")
        .then()
        .statusCode(409)
        .body("detail", containsString("cancelled"));
    assertEquals(4, stock(product), "a second cancel gives nothing back twice");
  }

  @Test
  void anotherBuyersOrAnotherSellersOrderIs404() {
    String product = TestShop.product(seller, store, "Mesa", "30000", 4);
    String buyer = TestShop.buyer();
    String order = placeOne(buyer, product, 1);
    String stranger = TestShop.buyer();
    TestShop.Seller otherSeller = TestShop.seller();
    for (String token : List.of(stranger, otherSeller.token())) {
      as(token)
          .get("/api/v1/orders/" + order)
          .then()
          .statusCode(404)
          .contentType("application/problem+json");
      as(token).get("/api/v1/orders/" + order + "/tracking").then().statusCode(404);
      status(token, order, "confirmed").then().statusCode(404);
      status(token, order, "cancelled").then().statusCode(404);
      as(token).post("/api/v1/orders/" + order + "/cancel").then().statusCode(404);
      as(token)
          .get("/api/v1/orders")
          .then()
          .statusCode(200)
          .body("items.id", org.hamcrest.Matchers.not(hasItem(order)));
    }
    as(buyer).get("/api/v1/orders/" + UUID.randomUUID()).then().statusCode(404);
    as(null).get("/api/v1/orders/" + order).then().statusCode(401);
    as(admin).get("/api/v1/orders/" + order).then().statusCode(200);
    assertEquals(3, stock(product));
  }

  @Test
  void listsShowEachRoleItsOrdersNewestFirstInKeysetPages() {
    String product = TestShop.product(seller, store, "Vaso", "2000", 20);
    String buyer = TestShop.buyer();
    String a = placeOne(buyer, product, 1);
    String b = placeOne(buyer, product, 1);
    String c = placeOne(buyer, product, 1);
    status(seller.token(), b, "confirmed").then().statusCode(200);
    as(buyer)
        .get("/api/v1/orders")
        .then()
        .statusCode(200)
        .body("items.id", equalTo(List.of(c, b, a)));
    as(buyer)
        .queryParam("status", "confirmed")
        .get("/api/v1/orders")
        .then()
        .body("items.id", equalTo(List.of(b)))
        .body("items[0].total.minor", equalTo(5990));
    Set<String> paged = new HashSet<>();
    String cursor = null;
    int pages = 0;
    do {
      var page = as(buyer).queryParam("limit", 1);
      if (cursor != null) {
        page = page.queryParam("cursor", cursor);
      }
      var body =
          page.get("/api/v1/orders")
              .then()
              .statusCode(200)
              .body("items", hasSize(1))
              .extract()
              .jsonPath();
      paged.add(body.getString("items[0].id"));
      cursor = body.getString("nextCursor");
      pages++;
    } while (cursor != null && pages < 5);
    assertEquals(Set.of(a, b, c), paged);
    assertEquals(3, pages);
    as(seller.token())
        .queryParam("storeId", store)
        .get("/api/v1/orders")
        .then()
        .statusCode(200)
        .body("items.id", hasItem(c));
    as(admin)
        .queryParam("storeId", store)
        .queryParam("limit", 100)
        .get("/api/v1/orders")
        .then()
        .body("items.id", hasItem(a));
    as(buyer)
        .queryParam("from", "2999-01-01T00:00:00Z")
        .get("/api/v1/orders")
        .then()
        .body("items", hasSize(0));
    as(buyer)
        .queryParam("to", "2000-01-01T00:00:00Z")
        .get("/api/v1/orders")
        .then()
        .body("items", hasSize(0));
    as(buyer).queryParam("from", "yesterday").get("/api/v1/orders").then().statusCode(400);
    as(buyer).queryParam("cursor", "garbage").get("/api/v1/orders").then().statusCode(400);
    as(buyer).queryParam("limit", 0).get("/api/v1/orders").then().statusCode(400);
  }

  private static String idOf(String token) {
    return TestTokens.claimsOf(token).getString("sub");
  }
}
