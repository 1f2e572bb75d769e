package com.vita.catalog.control;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vita.platform.country.CountryCode;
import com.vita.stores.control.StoreCard;
import com.vita.testing.TestAccounts;
import com.vita.testing.TestDatabase;
import com.vita.testing.VitaTestServer;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The import's batch upsert ({@link ProductUpserts}' SQL) on the shared database, in a transaction
 * of the test's own: created and updated counts, stock movements that add up, soft-deleted products
 * revived, and a 5,000-row batch in one statement.
 */
class UpsertStatementsIT {

  private final StoreCard store = newStore();

  private static StoreCard newStore() {
    TestAccounts.Registered account = TestAccounts.register();
    given(VitaTestServer.api())
        .auth()
        .oauth2(account.token())
        .post("/api/v1/auth/seller")
        .then()
        .statusCode(200);
    String token = TestAccounts.loggedInToken(VitaTestServer.api(), account);
    String id =
        given(VitaTestServer.api())
            .auth()
            .oauth2(token)
            .contentType("application/json")
            .body(
                Map.of(
                    "name", "Upserts " + System.nanoTime(), "category", "hogar", "country", "MX"))
            .post("/api/v1/stores")
            .then()
            .statusCode(201)
            .extract()
            .path("storeId");
    return new StoreCard(
        UUID.fromString(id),
        UUID.fromString(account.userId()),
        "Upserts",
        "upserts",
        "hogar",
        new CountryCode("MX"),
        "MXN",
        Set.of("stripe"),
        false);
  }

  private static ProductDraft draft(String sku, String name, String price, int stock) {
    return new ProductDraft(sku, name, "desc", new BigDecimal(price), null, stock, 900, "10x10x5");
  }

  private UpsertOutcome upsert(List<ProductDraft> drafts) throws Exception {
    Map<String, ProductDraft> bySku = new LinkedHashMap<>();
    drafts.forEach(d -> bySku.put(ProductSkus.orGenerated(d.sku()), d));
    try (Connection c = TestDatabase.connect()) {
      c.setAutoCommit(false);
      UpsertOutcome outcome =
          new UpsertStatements(new ProductRules(), Instant.now()).write(c, store, bySku);
      c.commit();
      return outcome;
    }
  }

  private static Map<String, Object> row(UUID store, String sku) throws Exception {
    return TestDatabase.rows(
            "select p.*, (select sum(delta) from stock_movement m where m.product_id = p.id) as moved"
                + " from product p where store_id = ? and sku = ?",
            store,
            sku)
        .get(0);
  }

  @Test
  void createsThenUpdatesBySkuWithMovementsThatAddUp() throws Exception {
    assertEquals(
        new UpsertOutcome(3, 0),
        upsert(
            List.of(
                draft("A1", "Silla", "1500.50", 4),
                draft("B2", "Mesa", "3000", 0),
                draft(null, "Sin SKU", "10", 1))));
    Map<String, Object> chair = row(store.id(), "A1");
    assertEquals(150050L, chair.get("price_minor"));
    assertEquals("MXN", chair.get("currency"));
    assertEquals("hogar", chair.get("category"));
    assertEquals("active", chair.get("status"));
    assertEquals(4L, ((Number) chair.get("moved")).longValue());
    assertNull(row(store.id(), "B2").get("moved"), "no movement for a zero stock");

    assertEquals(
        new UpsertOutcome(1, 2),
        upsert(
            List.of(
                draft("A1", "Silla roja", "1600", 1),
                draft("B2", "Mesa", "3000", 7),
                draft("C3", "Lámpara", "99.90", 2))));
    chair = row(store.id(), "A1");
    assertEquals("Silla roja", chair.get("name"));
    assertEquals(1, chair.get("stock"));
    assertEquals(1L, ((Number) chair.get("moved")).longValue());
    assertEquals(7L, ((Number) row(store.id(), "B2").get("moved")).longValue());
    assertEquals(1L, ((Number) chair.get("version")).longValue());
    List<Map<String, Object>> reasons =
        TestDatabase.rows(
            "select distinct reason from stock_movement m join product p on p.id = m.product_id"
                + " where p.store_id = ?",
            store.id());
    assertEquals(List.of(Map.of("reason", "import")), reasons);

    try (Connection c = TestDatabase.connect()) {
      assertEquals(
          Set.of("A1", "C3"),
          UpsertStatements.stockOf(
                  c, UpsertStatements.EXISTING, store.id(), List.of("A1", "C3", "ZZ"))
              .keySet());
    }
  }

  @Test
  void aDeletedProductComesBack() throws Exception {
    upsert(List.of(draft("GONE1", "Vuelve", "10", 1)));
    try (Connection c = TestDatabase.connect()) {
      c.createStatement()
          .executeUpdate(
              "update product set deleted_at = now() where sku = 'GONE1' and store_id = '"
                  + store.id()
                  + "'");
    }
    assertEquals(new UpsertOutcome(0, 1), upsert(List.of(draft("GONE1", "Vuelve", "10", 1))));
    assertNull(row(store.id(), "GONE1").get("deleted_at"));
  }

  @Test
  void aLargeBatchIsOneStatement() throws Exception {
    List<ProductDraft> drafts = new java.util.ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      drafts.add(draft("BULK" + i, "Producto " + i, "19.99", i % 10));
    }
    long started = System.nanoTime();
    assertEquals(new UpsertOutcome(5_000, 0), upsert(drafts));
    long millis = (System.nanoTime() - started) / 1_000_000;
    assertTrue(millis < 20_000, millis + " ms");
    assertEquals(
        4_500L,
        TestDatabase.rows(
                "select count(*) as n from stock_movement m join product p on p.id = m.product_id"
                    + " where p.store_id = ? and p.sku like 'BULK%'",
                store.id())
            .get(0)
            .get("n"));
  }
}
