package com.vita.orders.boundary;

import static com.vita.orders.boundary.TestShop.cart;
import static com.vita.orders.boundary.TestShop.checkout;
import static com.vita.orders.boundary.TestShop.item;
import static com.vita.orders.boundary.TestShop.pick;
import static com.vita.orders.boundary.TestShop.stock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vita.testing.TestDatabase;
import com.vita.testing.TestStock;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checkouts racing for the same stock never oversell, never deadlock and never fail with a 500:
 * every request is either an order (201) or 409 problem+json, the winners are exactly what the
 * stock allowed, the stock ends at 0 and its movements add up to it.
 */
class CheckoutConcurrencyIT {

  private static final int BUYERS = 200;

  private static TestShop.Seller seller;
  private static String store;
  private static long express;
  private static List<String> buyers;

  @BeforeAll
  static void shopAndBuyers() throws Exception {
    seller = TestShop.seller();
    store = TestShop.activeStore(seller, "CL");
    express = TestShop.chilexpress();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> registered = new ArrayList<>();
      for (int i = 0; i < BUYERS; i++) {
        registered.add(pool.submit(TestShop::buyer));
      }
      buyers = new ArrayList<>();
      for (Future<String> token : registered) {
        buyers.add(token.get());
      }
    } finally {
      pool.shutdown();
    }
  }

  /** Sends the carts all at once, one per buyer, and counts the answers; any other status fails. */
  private static Map<Integer, Integer> race(IntFunction<Map<String, Object>> cartOf)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(BUYERS); // all of them at once
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Response>> answers = new ArrayList<>();
      for (int i = 0; i < BUYERS; i++) {
        String buyer = buyers.get(i);
        Map<String, Object> cart = cartOf.apply(i);
        Callable<Response> call =
            () -> {
              start.await();
              return checkout(buyer, cart);
            };
        answers.add(pool.submit(call));
      }
      start.countDown();
      Map<Integer, Integer> counts = new java.util.TreeMap<>();
      for (Future<Response> answer : answers) {
        Response response = answer.get();
        counts.merge(response.statusCode(), 1, Integer::sum);
        if (response.statusCode() == 409) {
          assertTrue(
              response.contentType().startsWith("application/problem+json"),
              response.contentType());
        }
      }
      return counts;
    } finally {
      pool.shutdown();
    }
  }

  private static long ordersOf(String productId) throws Exception {
    return ((Number)
            TestDatabase.rows(
                    "select count(distinct order_id) as n from order_line where product_id = ?",
                    UUID.fromString(productId))
                .get(0)
                .get("n"))
        .longValue();
  }

  @Test
  void twoHundredBuyersOfFiftyUnitsMakeExactlyFiftyOrders() throws Exception {
    String product = TestShop.product(seller, store, "Consola", "299990", 50);
    Map<Integer, Integer> counts =
        race(i -> cart(List.of(item(product, 1)), "CL", List.of(pick(store, express))));
    assertEquals(Map.of(201, 50, 409, 150), counts);
    assertEquals(0, stock(product));
    assertEquals(0, TestStock.sumOfMovements(product));
    assertEquals(50, ordersOf(product));
  }

  @Test
  void cartsHoldingTwoProductsInOppositeOrderNeitherDeadlockNorOversell() throws Exception {
    String left = TestShop.product(seller, store, "Izquierdo", "1000", 60);
    String right = TestShop.product(seller, store, "Derecho", "1000", 60);
    Map<Integer, Integer> counts =
        race(
            i ->
                cart(
                    i % 2 == 0
                        ? List.of(item(left, 1), item(right, 1))
                        : List.of(item(right, 1), item(left, 1)),
                    "CL",
                    List.of(pick(store, express))));
    assertEquals(Map.of(201, 60, 409, 140), counts);
    assertEquals(0, stock(left));
    assertEquals(0, stock(right));
    assertEquals(0, TestStock.sumOfMovements(left));
    assertEquals(60, ordersOf(right));
  }

  @Test
  void oneProductOnTwoLinesCountsBothLines() throws Exception {
    String product = TestShop.product(seller, store, "Par", "1000", 50);
    Map<Integer, Integer> counts =
        race(
            i ->
                cart(
                    List.of(item(product, 1), item(product, 1)),
                    "CL",
                    List.of(pick(store, express))));
    assertEquals(Map.of(201, 25, 409, 175), counts);
    assertEquals(0, stock(product));
    assertEquals(0, TestStock.sumOfMovements(product));
  }
}
