package com.vita.catalog.boundary;

import static com.vita.catalog.boundary.TestCatalog.adjust;
import static com.vita.catalog.boundary.TestCatalog.as;
import static com.vita.catalog.boundary.TestCatalog.created;
import static com.vita.catalog.boundary.TestCatalog.product;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.vita.testing.TestDatabase;
import com.vita.testing.TestStock;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Stock adjustments: an immutable history, never below zero, also under concurrent decrements. */
class StockIT {

  private final TestCatalog.Seller seller = TestCatalog.seller();
  private final String storeId = TestCatalog.store(seller, null);

  @Test
  void adjustmentsAreKeptAsHistoryAndNeverGoBelowZero() throws Exception {
    String id = created(seller.token(), product(storeId, "Mug", 8, 10));
    adjust(seller.token(), id, -3, "venta en tienda física")
        .then()
        .statusCode(200)
        .body("stock", equalTo(7));
    adjust(seller.token(), id, -8, "too many")
        .then()
        .statusCode(409)
        .contentType("application/problem+json");
    adjust(seller.token(), id, 0, "nothing").then().statusCode(400);
    as(seller.token())
        .contentType("application/json")
        .body("{\"delta\": 2}")
        .post("/api/v1/products/" + id + "/stock")
        .then()
        .statusCode(400);
    adjust(seller.token(), id, 2_000_000_000, "overflow").then().statusCode(400);
    as(seller.token())
        .get("/api/v1/products/" + id + "/stock")
        .then()
        .statusCode(200)
        .body("stock", equalTo(7))
        .body("movements.size()", equalTo(2))
        .body("movements[0].delta", equalTo(-3))
        .body("movements[0].stockAfter", equalTo(7))
        .body("movements[0].reason", equalTo("venta en tienda física"))
        .body("movements[1].delta", equalTo(10))
        .body("movements[1].reason", equalTo("initial"));
    assertEquals(7, TestStock.sumOfMovements(id));
    as(TestCatalog.seller().token())
        .get("/api/v1/products/" + id + "/stock")
        .then()
        .statusCode(404);
    adjust(null, id, 1, "anon").then().statusCode(401);
  }

  @Test
  void parallelDecrementsNeverOversell() throws Exception {
    String id = created(seller.token(), product(storeId, "Hot item", 8, 20));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Integer> statuses = new ArrayList<>();
    try {
      List<Callable<Response>> takes = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        takes.add(() -> adjust(seller.token(), id, -1, "sale"));
      }
      for (Future<Response> f : pool.invokeAll(takes)) {
        statuses.add(f.get().statusCode());
      }
    } finally {
      pool.shutdown();
    }
    assertEquals(20, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
    assertEquals(20, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
    TestCatalog.get(seller.token(), id).then().body("stock", equalTo(0));
    assertEquals(0, TestStock.sumOfMovements(id), "the movements add up to the stock");
  }

  @Test
  void theDatabaseRefusesNegativeStockAndChangedHistory() throws Exception {
    String id = created(seller.token(), product(storeId, "Guarded", 8, 2));
    try (Connection c = TestDatabase.connect();
        Statement s = c.createStatement()) {
      SQLException negative =
          assertThrows(
              SQLException.class,
              () -> s.executeUpdate("update product set stock = -1 where id = '" + id + "'"));
      assertEquals("23514", negative.getSQLState());
      SQLException rewrite =
          assertThrows(
              SQLException.class,
              () ->
                  s.executeUpdate(
                      "update stock_movement set delta = 100 where product_id = '" + id + "'"));
      assertEquals("23514", rewrite.getSQLState());
      SQLException erase =
          assertThrows(
              SQLException.class,
              () -> s.executeUpdate("delete from stock_movement where product_id = '" + id + "'"));
      assertEquals("23514", erase.getSQLState());
    }
  }
}
