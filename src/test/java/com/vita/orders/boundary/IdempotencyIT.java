package com.vita.orders.boundary;

import static com.vita.orders.boundary.TestShop.cart;
import static com.vita.orders.boundary.TestShop.checkout;
import static com.vita.orders.boundary.TestShop.item;
import static com.vita.orders.boundary.TestShop.pick;
import static com.vita.orders.boundary.TestShop.stock;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vita.testing.TestDatabase;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code Idempotency-Key} on checkout: the same request twice is one checkout and the same answer
 * (marked replayed), the key with another body is 422, the same key of another caller is theirs,
 * and duplicates racing each other make one checkout (201) while the others are 409 or the replay.
 */
class IdempotencyIT {

  private static TestShop.Seller seller;
  private static String store;
  private static long express;

  @BeforeAll
  static void shop() {
    seller = TestShop.seller();
    store = TestShop.activeStore(seller, "CL");
    express = TestShop.chilexpress();
  }

  private static long checkouts(String buyerToken) throws Exception {
    String buyer = com.vita.testing.TestTokens.claimsOf(buyerToken).getString("sub");
    return ((Number)
            TestDatabase.rows(
                    "select count(distinct checkout_id) as n from customer_order where buyer_id = ?",
                    UUID.fromString(buyer))
                .get(0)
                .get("n"))
        .longValue();
  }

  @Test
  void theSameRequestTwiceIsOneCheckoutAndTheSameAnswer() throws Exception {
    String product = TestShop.product(seller, store, "Radio", "25000", 10);
    String buyer = TestShop.buyer();
    String key = UUID.randomUUID().toString();
    Map<String, Object> cart = cart(List.of(item(product, 2)), "CL", List.of(pick(store, express)));
    Response first = checkout(buyer, key, cart);
    first.then().statusCode(201);
    assertNull(first.header("Idempotent-Replayed"));
    Response again = checkout(buyer, key, cart);
    again.then().statusCode(201).header("Idempotent-Replayed", "true");
    assertEquals(first.asString(), again.asString());
    assertEquals(8, stock(product));
    assertEquals(1, checkouts(buyer));

    checkout(buyer, key, cart(List.of(item(product, 3)), "CL", List.of(pick(store, express))))
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("detail", containsString("another request"));
    assertEquals(8, stock(product));

    // another caller's key space: the same key is a new checkout of theirs
    String other = TestShop.buyer();
    checkout(other, key, cart).then().statusCode(201).header("Idempotent-Replayed", (String) null);
    assertEquals(6, stock(product));
  }

  @Test
  void aFailedRequestKeepsNothingSoItsRetryRunsAgain() throws Exception {
    String product = TestShop.product(seller, store, "Reloj", "25000", 1);
    String buyer = TestShop.buyer();
    String key = UUID.randomUUID().toString();
    Map<String, Object> two = cart(List.of(item(product, 2)), "CL", List.of(pick(store, express)));
    checkout(buyer, key, two).then().statusCode(409);
    TestShop.as(seller.token())
        .contentType("application/json")
        .body(Map.of("delta", 1, "reason", "repuesto"))
        .post("/api/v1/products/" + product + "/stock")
        .then()
        .statusCode(200);
    checkout(buyer, key, two).then().statusCode(201).header("Idempotent-Replayed", (String) null);
    assertEquals(0, stock(product));
  }

  @Test
  void duplicatesAtOnceMakeOneCheckout() throws Exception {
    String product = TestShop.product(seller, store, "Parlante", "25000", 50);
    String buyer = TestShop.buyer();
    String key = UUID.randomUUID().toString();
    Map<String, Object> cart = cart(List.of(item(product, 1)), "CL", List.of(pick(store, express)));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Response>> answers = new ArrayList<>();
    try {
      for (int i = 0; i < 8; i++) {
        answers.add(
            pool.submit(
                () -> {
                  start.await();
                  return checkout(buyer, key, cart);
                }));
      }
      start.countDown();
      int created = 0;
      String body = null;
      List<String> replays = new ArrayList<>();
      for (Future<Response> answer : answers) {
        Response r = answer.get();
        if (r.statusCode() == 201 && r.header("Idempotent-Replayed") == null) {
          created++;
          body = r.asString();
        } else if (r.statusCode() == 201) {
          replays.add(r.asString());
        } else {
          assertEquals(409, r.statusCode(), r.asString());
          assertTrue(r.contentType().startsWith("application/problem+json"));
        }
      }
      assertEquals(1, created);
      for (String replay : replays) {
        assertEquals(body, replay);
      }
    } finally {
      pool.shutdown();
    }
    assertEquals(49, stock(product));
    assertEquals(1, checkouts(buyer));
  }
}
