package com.vita.marketplace.boundary;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vita.orders.boundary.TestShop;
import com.vita.testing.TestAccounts;
import com.vita.testing.TestDatabase;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue #15's must-shows on the shared server: Spanish, accent- and typo-tolerant search, the
 * eligibility rule (KYB approved, active store, listed, in stock) in results and facets alike,
 * facet counts equal to a COUNT(*) over the base tables, keyset pages, pathological queries that
 * are never a 500, and a cached search that drops a product the moment its stock runs out. Every
 * product carries a word of its own, so other tests' products never enter the counts.
 */
class MarketplaceSearchIT {

  private static TestShop.Seller seller;
  private static String store;
  private static String word;
  private static String shoe;

  @BeforeAll
  static void shop() {
    seller = TestShop.seller();
    store = TestShop.activeStore(seller, "CL");
    word = TestMarket.uniqueWord();
    shoe =
        TestMarket.listed(
            seller, store, "Zapato de Cuero Marrón " + word, "moda/calzado", "45990", 5);
    TestMarket.listed(seller, store, "Café de Altura " + word, "alimentos/cafe", "8990", 10);
  }

  private static List<String> names(JsonPath body) {
    return body.getList("items.name", String.class);
  }

  private static JsonPath searchInStore(String q) {
    return TestMarket.search(Map.of("q", q, "store", store))
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @Test
  void spanishWordsAccentsAndTyposFindTheProduct() {
    String expected = "Zapato de Cuero Marrón " + word;
    assertTrue(names(searchInStore("zapatos de cuero")).contains(expected));
    assertTrue(names(searchInStore("zapatso")).contains(expected));
    assertTrue(names(searchInStore("cafe")).contains("Café de Altura " + word));
    assertTrue(names(searchInStore("CAFÉ")).contains("Café de Altura " + word));
  }

  @Test
  void threeLettersSuggestTheProductAndFewerSuggestNothing() {
    TestMarket.api()
        .queryParam("q", "zap")
        .get("/api/v1/marketplace/suggest")
        .then()
        .statusCode(200)
        .body("products.name", hasItem("Zapato de Cuero Marrón " + word));
    TestMarket.api()
        .queryParam("q", "za")
        .get("/api/v1/marketplace/suggest")
        .then()
        .statusCode(200)
        .body("products", empty());
  }

  @Test
  void onlyEligibleProductsAppearInResultsAndFacets() throws Exception {
    String own = TestMarket.uniqueWord();
    String shown = TestMarket.listed(seller, store, "Sombrero " + own, "moda", "9990", 3);
    String unlisted = TestMarket.product(seller, store, "Sombrero rojo " + own, "moda", "9990", 3);
    String noStock = TestMarket.listed(seller, store, "Sombrero azul " + own, "moda", "9990", 1);
    TestShop.as(seller.token())
        .contentType("application/json")
        .body(Map.of("delta", -1, "reason", "sold elsewhere"))
        .post("/api/v1/products/" + noStock + "/stock")
        .then()
        .statusCode(200);
    // a store never activated, of a seller whose business is approved
    String inactiveStore = openedStore(seller);
    String ofInactive =
        TestMarket.listed(seller, inactiveStore, "Sombrero verde " + own, "moda", "9990", 3);
    // a store of a seller without KYB (it cannot even be activated)
    TestShop.Seller unverified = sellerWithoutKyb();
    String noKybStore = openedStore(unverified);
    String ofNoKyb =
        TestMarket.listed(unverified, noKybStore, "Sombrero negro " + own, "moda", "9990", 3);
    // an active store whose owner's KYB is withdrawn after activation
    TestShop.Seller revoked = TestShop.seller();
    String revokedStore = TestShop.activeStore(revoked, "CL");
    String ofRevoked =
        TestMarket.listed(revoked, revokedStore, "Sombrero gris " + own, "moda", "9990", 3);
    assertTrue(ids(TestMarket.search(own).jsonPath()).contains(ofRevoked));
    TestDatabase.rows(
        "update business set status = 'more_info_requested' where owner_account_id = ?"
            + " returning id",
        UUID.fromString(revoked.id()));

    JsonPath body =
        TestMarket.search(Map.of("q", own, "limit", 100))
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    List<String> found = ids(body);
    assertEquals(List.of(shown), found);
    for (String hidden : List.of(unlisted, noStock, ofInactive, ofNoKyb, ofRevoked)) {
      assertFalse(found.contains(hidden), hidden);
    }
    assertEquals(List.of(store), body.getList("facets.stores.storeId", String.class));
    assertEquals(List.of(1), body.getList("facets.categories.count", Integer.class));
    TestMarket.api()
        .queryParam("store", inactiveStore)
        .get("/api/v1/marketplace/products")
        .then()
        .statusCode(200)
        .body("items", empty());
  }

  @Test
  void facetCountsEqualACountOfTheSameFilter() throws Exception {
    String own = TestMarket.uniqueWord();
    TestShop.Seller other = TestShop.seller();
    String otherStore = TestShop.activeStore(other, "CL");
    TestMarket.listed(seller, store, "Mochila de cuero " + own, "moda/bolsos", "29990", 2);
    TestMarket.listed(seller, store, "Mochila escolar " + own, "escolar", "12990", 2);
    TestMarket.listed(other, otherStore, "Mochila deportiva " + own, "deportes", "390000", 2);
    TestMarket.listed(other, otherStore, "Mochila de viaje " + own, "moda/bolsos", "1200", 2);
    TestMarket.product(other, otherStore, "Mochila sin listar " + own, "moda/bolsos", "1200", 2);

    JsonPath body = TestMarket.search(own).then().statusCode(200).extract().jsonPath();
    String eligible =
        "from product p join store s on s.id = p.store_id"
            + " where p.name like ? and p.status = 'active' and p.deleted_at is null"
            + " and p.stock > 0 and s.status = 'active' and exists (select 1 from business b"
            + " where b.owner_account_id = s.owner_account_id and b.status = 'approved')"
            + " and exists (select 1 from marketplace_listing_decision d"
            + " where d.product_id = p.id and d.listed)";
    String like = "%" + own;
    assertEquals(
        counts(
            TestDatabase.rows(
                "select p.category as v, count(*) as n " + eligible + " group by p.category",
                like)),
        facet(body, "categories", "value"));
    assertEquals(
        counts(
            TestDatabase.rows(
                "select s.country as v, count(*) as n " + eligible + " group by s.country", like)),
        facet(body, "countries", "value"));
    assertEquals(
        counts(
            TestDatabase.rows(
                "select cast(s.id as text) as v, count(*) as n " + eligible + " group by s.id",
                like)),
        facet(body, "stores", "storeId"));
    assertEquals(
        counts(
            TestDatabase.rows(
                "select length(cast(p.price_minor as text)) - 1 as v,"
                    + " count(*) as n "
                    + eligible
                    + " group by 1",
                like)),
        bands(body));
    assertEquals(4, body.getList("items").size());
  }

  @Test
  void pathologicalQueriesAreA400OrEmptyNeverA500() {
    // 10,000 characters pass the server's request-line limit: refused before VITA (bare 400)
    TestMarket.search("a".repeat(10_000)).then().statusCode(400);
    for (String tooLong : List.of("a".repeat(201), "zapato ".repeat(150))) {
      TestMarket.search(tooLong).then().statusCode(400).contentType("application/problem+json");
      TestMarket.api()
          .queryParam("q", tooLong)
          .get("/api/v1/marketplace/suggest")
          .then()
          .statusCode(400);
    }
    TestMarket.search("de la el y los").then().statusCode(200).body("items", empty());
    for (String q :
        List.of("%_\\", "%", "_", "\\", "\"zapato de", "zapato\"\"\" & | ! ( :*", "\u0000x")) {
      int status = TestMarket.search(Map.of("q", q, "store", store)).statusCode();
      assertTrue(status == 200 || status == 400, q + " answered " + status);
      int suggested =
          TestMarket.api().queryParam("q", q).get("/api/v1/marketplace/suggest").statusCode();
      assertTrue(suggested == 200 || suggested == 400, q + " suggested " + suggested);
    }
    TestMarket.search(Map.of("q", "%_\\", "store", store)).then().body("items", empty());
    TestMarket.search(Map.of("q", "zapato", "sort", "cheapest")).then().statusCode(400);
    TestMarket.search(Map.of("q", "zapato", "cursor", "bm90LWEtY3Vyc29y")).then().statusCode(400);
    TestMarket.search(Map.of("q", "zapato", "minPrice", "10")).then().statusCode(400);
    TestMarket.search(Map.of("q", "zapato", "limit", 1000)).then().statusCode(400);
  }

  @Test
  void keysetPagesWalkEveryProductOnceInOrder() {
    String own = TestMarket.uniqueWord();
    List<String> made = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      made.add(TestMarket.listed(seller, store, "Bufanda " + i + " " + own, "moda", i + "000", 2));
    }
    for (String sort : List.of("price_asc", "price_desc", "newest", "relevance", "best_selling")) {
      List<String> seen = new ArrayList<>();
      List<Integer> prices = new ArrayList<>();
      String cursor = null;
      int pages = 0;
      do {
        Map<String, Object> params = new HashMap<>(Map.of("q", own, "sort", sort, "limit", 2));
        if (cursor != null) {
          params.put("cursor", cursor);
        }
        JsonPath page = TestMarket.search(params).then().statusCode(200).extract().jsonPath();
        seen.addAll(ids(page));
        prices.addAll(page.getList("items.priceMinor", Integer.class));
        cursor = page.getString("next");
        pages++;
      } while (cursor != null && pages < 10);
      assertEquals(3, pages, sort);
      assertEquals(5, seen.size(), sort);
      assertEquals(5, seen.stream().distinct().count(), sort);
      assertTrue(seen.containsAll(made), sort);
      if (sort.equals("price_asc")) {
        assertEquals(List.of(1000, 2000, 3000, 4000, 5000), prices);
      }
    }
  }

  @Test
  void aCachedSearchDropsAProductWhoseStockRunsOut() throws Exception {
    String own = TestMarket.uniqueWord();
    String last = TestMarket.listed(seller, store, "Guante de lana " + own, "moda", "4990", 1);
    TestMarket.search(own).then().statusCode(200).body("items.id", hasItem(last));
    // again: now from the cache
    TestMarket.search(own).then().statusCode(200).body("items.id", hasItem(last));
    TestShop.as(seller.token())
        .contentType("application/json")
        .body(Map.of("delta", -1, "reason", "last one sold"))
        .post("/api/v1/products/" + last + "/stock")
        .then()
        .statusCode(200);
    long deadline = System.currentTimeMillis() + 3_000;
    List<String> found;
    do {
      found = ids(TestMarket.search(own).jsonPath());
    } while (found.contains(last) && System.currentTimeMillis() < deadline);
    assertFalse(found.contains(last));
  }

  @Test
  void categoriesFeaturedAndAdminCuration() {
    String own = TestMarket.uniqueWord();
    TestMarket.api()
        .get("/api/v1/marketplace/categories")
        .then()
        .statusCode(200)
        .body("path", hasItem("moda"));
    TestMarket.list(null, shoe).then().statusCode(401);
    TestMarket.list(TestShop.buyer(), shoe).then().statusCode(403);
    TestMarket.list(TestMarket.ADMIN, UUID.randomUUID().toString()).then().statusCode(404);

    // a rule lists a whole store; unlisting one product overrides it
    TestShop.Seller ruled = TestShop.seller();
    String ruledStore = TestShop.activeStore(ruled, "CL");
    String a = TestMarket.product(ruled, ruledStore, "Camisa " + own, "moda", "9990", 3);
    String b = TestMarket.product(ruled, ruledStore, "Camisa lino " + own, "moda", "9990", 3);
    assertEquals(List.of(), ids(TestMarket.search(own).jsonPath()));
    JsonPath rules =
        TestMarket.api()
            .auth()
            .oauth2(TestMarket.ADMIN)
            .get("/api/v1/admin/marketplace/rules")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    List<String> stores = new ArrayList<>(rules.getList("stores", String.class));
    stores.add(ruledStore);
    TestMarket.api()
        .auth()
        .oauth2(TestMarket.ADMIN)
        .contentType("application/json")
        .body(Map.of("stores", stores, "categories", rules.getList("categories", String.class)))
        .put("/api/v1/admin/marketplace/rules")
        .then()
        .statusCode(200)
        .body("stores", hasItem(ruledStore));
    awaitFound(own, 2);
    TestMarket.api()
        .auth()
        .oauth2(TestMarket.ADMIN)
        .delete("/api/v1/admin/marketplace/products/" + b + "/listing")
        .then()
        .statusCode(204);
    assertEquals(List.of(a), awaitFound(own, 1));

    String slot =
        TestMarket.api()
            .auth()
            .oauth2(TestMarket.ADMIN)
            .contentType("application/json")
            .body(
                Map.of(
                    "productId",
                    a,
                    "position",
                    1,
                    "startsAt",
                    "2020-01-01T00:00:00Z",
                    "endsAt",
                    "2999-01-01T00:00:00Z"))
            .post("/api/v1/admin/marketplace/featured")
            .then()
            .statusCode(201)
            .extract()
            .path("slotId");
    TestMarket.api()
        .auth()
        .oauth2(TestMarket.ADMIN)
        .contentType("application/json")
        .body(
            Map.of(
                "productId",
                b,
                "startsAt",
                "2020-01-01T00:00:00Z",
                "endsAt",
                "2999-01-01T00:00:00Z"))
        .post("/api/v1/admin/marketplace/featured")
        .then()
        .statusCode(409);
    awaitFeatured(a, true);
    TestMarket.api()
        .auth()
        .oauth2(TestMarket.ADMIN)
        .delete("/api/v1/admin/marketplace/featured/" + slot)
        .then()
        .statusCode(204);
    awaitFeatured(a, false);
  }

  /**
   * The search's ids once it finds {@code count} products: a cached answer is replaced within 200
   * ms of a change (MarketplaceCache), so a change is awaited, briefly.
   */
  private static List<String> awaitFound(String q, int count) {
    long deadline = System.currentTimeMillis() + 3_000;
    List<String> found;
    do {
      found = ids(TestMarket.search(q).jsonPath());
    } while (found.size() != count && System.currentTimeMillis() < deadline);
    assertEquals(count, found.size(), found.toString());
    return found;
  }

  private static void awaitFeatured(String productId, boolean shown) {
    long deadline = System.currentTimeMillis() + 3_000;
    boolean seen;
    do {
      seen =
          TestMarket.api()
              .get("/api/v1/marketplace/featured")
              .jsonPath()
              .getList("product.id", String.class)
              .contains(productId);
    } while (seen != shown && System.currentTimeMillis() < deadline);
    assertEquals(shown, seen);
  }

  private static List<String> ids(JsonPath body) {
    return body.getList("items.id", String.class);
  }

  private static String openedStore(TestShop.Seller owner) {
    return TestShop.as(owner.token())
        .contentType("application/json")
        .body(Map.of("name", "Tienda " + System.nanoTime(), "category", "moda", "country", "CL"))
        .post("/api/v1/stores")
        .then()
        .statusCode(201)
        .extract()
        .path("storeId");
  }

  private static TestShop.Seller sellerWithoutKyb() {
    TestAccounts.Registered account = TestAccounts.register();
    TestShop.as(account.token()).post("/api/v1/auth/seller").then().statusCode(200);
    return new TestShop.Seller(
        account, TestAccounts.loggedInToken(com.vita.testing.VitaTestServer.api(), account));
  }

  private static Map<String, Long> counts(List<Map<String, Object>> rows) {
    return rows.stream()
        .collect(
            Collectors.toMap(
                r -> String.valueOf(r.get("v")), r -> ((Number) r.get("n")).longValue()));
  }

  private static Map<String, Long> facet(JsonPath body, String facet, String key) {
    Map<String, Long> counts = new HashMap<>();
    for (Map<String, Object> entry : body.<Map<String, Object>>getList("facets." + facet)) {
      counts.put(String.valueOf(entry.get(key)), ((Number) entry.get("count")).longValue());
    }
    return counts;
  }

  private static Map<String, Long> bands(JsonPath body) {
    Map<String, Long> counts = new HashMap<>();
    for (Map<String, Object> band : body.<Map<String, Object>>getList("facets.prices")) {
      long from = ((Number) band.get("fromMinor")).longValue();
      counts.put(
          Integer.toString(Long.toString(from).length() - 1),
          ((Number) band.get("count")).longValue());
    }
    return counts;
  }
}
