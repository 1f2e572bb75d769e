package com.vita.catalog.boundary;

import static com.vita.catalog.boundary.TestCatalog.as;
import static com.vita.catalog.boundary.TestCatalog.create;
import static com.vita.catalog.boundary.TestCatalog.created;
import static com.vita.catalog.boundary.TestCatalog.get;
import static com.vita.catalog.boundary.TestCatalog.product;
import static com.vita.catalog.boundary.TestCatalog.put;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vita.testing.TestDatabase;
import com.vita.testing.TestTokens;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Products CRUD: the rules, who may do what, optimistic locking and keyset pages. */
class ProductsIT {

  private final TestCatalog.Seller seller = TestCatalog.seller();
  private final String storeId = TestCatalog.store(seller, null);

  private static long productsOf(String storeId) throws Exception {
    return (Long)
        TestDatabase.rows(
                "select count(*) as n from product where store_id = ?", UUID.fromString(storeId))
            .get(0)
            .get("n");
  }

  @Test
  void aFullProductIsCreatedReadAndTaggedWithItsVersion() {
    Map<String, Object> body = product(storeId, "Lámpara <b>LED</b> & \"quotes\"", 24.5, 3);
    body.put("sku", "LAMP01");
    body.put("description", "Línea 1\nLínea 2 <script>alert(1)</script>");
    body.put("category", "iluminación");
    body.put("weightGrams", 750);
    body.put("dimensions", "30x20x10.5");
    body.put("status", "draft");
    Response r = create(seller.token(), body);
    r.then()
        .statusCode(201)
        .contentType("application/json")
        .body("sku", equalTo("LAMP01"))
        .body("name", equalTo("Lámpara <b>LED</b> & \"quotes\""))
        .body("description", equalTo("Línea 1\nLínea 2 <script>alert(1)</script>"))
        .body("price", equalTo(24.5f))
        .body("currency", equalTo("EUR"))
        .body("category", equalTo("iluminación"))
        .body("weightGrams", equalTo(750))
        .body("dimensions", equalTo("30x20x10.5"))
        .body("status", equalTo("draft"))
        .body("stock", equalTo(3));
    String id = r.path("id");
    assertTrue(r.header("Location").endsWith("/api/v1/products/" + id));
    String etag = r.header("ETag");
    assertTrue(etag.matches("\"\\d+\""), etag);
    Response read = get(seller.token(), id);
    read.then().statusCode(200).header("X-Content-Type-Options", "nosniff");
    assertEquals(etag, read.header("ETag"));
  }

  @Test
  void everyRuleIsA400NamingTheFieldAndWritesNothing() throws Exception {
    long before = productsOf(storeId);
    List<Map<String, Object>> bad = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    bad.add(product(storeId, "ab", 1, 1));
    fields.add("name");
    bad.add(product(storeId, "x".repeat(101), 1, 1));
    fields.add("name");
    bad.add(product(storeId, "nul\u0000", 1, 1));
    fields.add("name");
    bad.add(product(storeId, "Lamp", 0, 1));
    fields.add("price");
    bad.add(product(storeId, "Lamp", -5, 1));
    fields.add("price");
    bad.add(product(storeId, "Lamp", 1.001, 1));
    fields.add("price");
    bad.add(product(storeId, "Lamp", 1, -1));
    fields.add("stock");
    Map<String, Object> noPrice = product(storeId, "Lamp", 1, 1);
    noPrice.remove("price");
    bad.add(noPrice);
    fields.add("price");
    Map<String, Object> noStock = product(storeId, "Lamp", 1, 1);
    noStock.remove("stock");
    bad.add(noStock);
    fields.add("stock");
    for (String[] each :
        new String[][] {
          {"description", "d".repeat(1001)},
          {"sku", "NOT-ALNUM"},
          {"sku", "S".repeat(51)},
          {"category", "c".repeat(51)},
          {"dimensions", "big"},
          {"status", "sold"}
        }) {
      Map<String, Object> b = product(storeId, "Lamp", 1, 1);
      b.put(each[0], each[1]);
      bad.add(b);
      fields.add(each[0]);
    }
    Map<String, Object> heavy = product(storeId, "Lamp", 1, 1);
    heavy.put("weightGrams", 0);
    bad.add(heavy);
    fields.add("weightGrams");
    Map<String, Object> noStore = product(storeId, "Lamp", 1, 1);
    noStore.remove("storeId");
    bad.add(noStore);
    fields.add("storeId");
    for (int i = 0; i < bad.size(); i++) {
      create(seller.token(), bad.get(i))
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("type", equalTo("https://vita.dev/problems/validation-failed"))
          .body("errors.field", hasItem(fields.get(i)));
    }
    // Not a number at all: the JSON does not fit the body.
    as(seller.token())
        .contentType("application/json")
        .body("{\"storeId\":\"" + storeId + "\",\"name\":\"Lamp\",\"price\":\"abc\",\"stock\":1}")
        .post("/api/v1/products")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    assertEquals(before, productsOf(storeId), "nothing was written");
  }

  @Test
  void pesosHaveNoDecimals() {
    String chile = TestCatalog.store(seller, "CL");
    create(seller.token(), product(chile, "Empanada", 1500.5, 1))
        .then()
        .statusCode(400)
        .body("errors[0].message", equalTo("CLP has no decimals"));
    create(seller.token(), product(chile, "Empanada", 1500, 1))
        .then()
        .statusCode(201)
        .body("price", equalTo(1500))
        .body("currency", equalTo("CLP"));
  }

  @Test
  void aSkuIsUniqueInItsStoreOnly() {
    Map<String, Object> body = product(storeId, "Lamp", 1, 1);
    body.put("sku", "DUP1");
    created(seller.token(), body);
    create(seller.token(), body)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("sku"));
    Map<String, Object> elsewhere = new HashMap<>(body);
    elsewhere.put("storeId", TestCatalog.store(seller, null));
    create(seller.token(), elsewhere).then().statusCode(201);
  }

  @Test
  void onlyTheOwnerWritesAndOthersSeeOnlyWhatIsOnSale() {
    String active = created(seller.token(), product(storeId, "Active one", 5, 1));
    Map<String, Object> draftBody = product(storeId, "Draft one", 5, 1);
    draftBody.put("status", "draft");
    String draft = created(seller.token(), draftBody);
    TestCatalog.Seller other = TestCatalog.seller();
    String buyer = TestTokens.forRoles("buyer");

    create(null, product(storeId, "Lamp", 1, 1)).then().statusCode(401);
    create(buyer, product(storeId, "Lamp", 1, 1)).then().statusCode(403);
    create(other.token(), product(storeId, "Lamp", 1, 1))
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    create(seller.token(), product(UUID.randomUUID().toString(), "Lamp", 1, 1))
        .then()
        .statusCode(404);
    String etag = get(seller.token(), active).header("ETag");
    put(other.token(), active, etag, product(storeId, "Mine now", 1, 1)).then().statusCode(404);
    put(buyer, active, etag, product(storeId, "Mine now", 1, 1)).then().statusCode(403);
    as(other.token()).delete("/api/v1/products/" + active).then().statusCode(404);
    TestCatalog.adjust(other.token(), active, 5, "gift").then().statusCode(404);
    as(other.token()).get("/api/v1/products/" + active + "/stock").then().statusCode(404);

    get(null, active).then().statusCode(200).body("name", equalTo("Active one"));
    get(other.token(), active).then().statusCode(200);
    get(null, draft).then().statusCode(404);
    get(other.token(), draft).then().statusCode(404);
    get(seller.token(), draft).then().statusCode(200);
    get(TestTokens.forRoles("buyer", "admin"), draft).then().statusCode(200);
    get(null, "not-a-uuid").then().statusCode(404);
    get(null, UUID.randomUUID().toString()).then().statusCode(404);
  }

  @Test
  void anEditWithAnETagNeverOverwritesAChangeItHasNotSeen() {
    String id = created(seller.token(), product(storeId, "Lamp", 10, 4));
    // Without If-Match (seed 000's clients send none) the edit applies to the product as it is.
    put(seller.token(), id, null, product(storeId, "Lamp v1", 11, 4))
        .then()
        .statusCode(200)
        .body("name", equalTo("Lamp v1"));
    String etag = get(seller.token(), id).header("ETag");
    Map<String, Object> edit = product(storeId, "Lamp v2", 12.5, 4);
    put(seller.token(), id, "\"999\"", edit).then().statusCode(412);
    Response ok = put(seller.token(), id, etag, edit);
    ok.then().statusCode(200).body("name", equalTo("Lamp v2")).body("price", equalTo(12.5f));
    assertNotEquals(etag, ok.header("ETag"));
    put(seller.token(), id, etag, product(storeId, "Lamp v3", 1, 4)).then().statusCode(412);
    get(seller.token(), id).then().body("name", equalTo("Lamp v2"));

    // The stock in an edit is recorded as a movement; a SKU or store change is refused.
    Map<String, Object> restock = product(storeId, "Lamp v2", 12.5, 9);
    Response restocked = put(seller.token(), id, ok.header("ETag"), restock);
    restocked.then().statusCode(200).body("stock", equalTo(9));
    as(seller.token())
        .get("/api/v1/products/" + id + "/stock")
        .then()
        .body("movements[0].delta", equalTo(5))
        .body("movements[0].reason", equalTo("edit"));
    Map<String, Object> resku = product(storeId, "Lamp v2", 12.5, 9);
    resku.put("sku", "OTHER1");
    resku.put("storeId", UUID.randomUUID().toString());
    put(seller.token(), id, restocked.header("ETag"), resku)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("sku"))
        .body("errors.field", hasItem("storeId"));
  }

  @Test
  void ofTwoConcurrentEditsWithOneETagOneWins() throws Exception {
    String id = created(seller.token(), product(storeId, "Race", 10, 1));
    String etag = get(seller.token(), id).header("ETag");
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Integer> statuses = new ArrayList<>();
    try {
      List<Callable<Response>> edits =
          List.of(
              () -> put(seller.token(), id, etag, product(storeId, "Edit A", 11, 1)),
              () -> put(seller.token(), id, etag, product(storeId, "Edit B", 12, 1)));
      for (Future<Response> f : pool.invokeAll(edits)) {
        statuses.add(f.get().statusCode());
      }
    } finally {
      pool.shutdown();
    }
    assertEquals(Set.of(200, 412), new HashSet<>(statuses), statuses.toString());
  }

  @Test
  void aDeletedProductIsGoneFromReadsAndLists() {
    String id = created(seller.token(), product(storeId, "Short-lived", 10, 1));
    as(seller.token())
        .header("If-Match", "\"999\"")
        .delete("/api/v1/products/" + id)
        .then()
        .statusCode(412);
    as(seller.token()).delete("/api/v1/products/" + id).then().statusCode(204);
    get(seller.token(), id).then().statusCode(404);
    as(seller.token()).delete("/api/v1/products/" + id).then().statusCode(404);
    List<String> listed =
        as(seller.token())
            .queryParam("storeId", storeId)
            .get("/api/v1/products")
            .then()
            .statusCode(200)
            .extract()
            .path("items.id");
    assertTrue(!listed.contains(id));
  }

  @Test
  void listsArePagedByKeysetAndFiltered() {
    String store = TestCatalog.store(seller, null);
    Set<String> all = new HashSet<>();
    for (int i = 0; i < 23; i++) {
      Map<String, Object> body = product(store, "Item " + i, 1 + i, 1);
      body.put("category", i % 2 == 0 ? "even" : "odd");
      if (i == 0) {
        body.put("status", "archived");
      }
      all.add(created(seller.token(), body));
    }
    Set<String> seen = new HashSet<>();
    String cursor = null;
    int pages = 0;
    do {
      var request = as(seller.token()).queryParam("storeId", store).queryParam("limit", 10);
      if (cursor != null) {
        request = request.queryParam("cursor", cursor);
      }
      Response page = request.get("/api/v1/products");
      page.then().statusCode(200);
      List<String> ids = page.path("items.id");
      ids.forEach(id -> assertTrue(seen.add(id), "no product twice"));
      cursor = page.path("nextCursor");
      pages++;
    } while (cursor != null);
    assertEquals(3, pages);
    assertEquals(all, seen);

    List<String> even =
        as(seller.token())
            .queryParams(Map.of("storeId", store, "category", "even", "limit", 100))
            .get("/api/v1/products")
            .path("items.category");
    assertEquals(12, even.size());
    assertTrue(even.stream().allMatch("even"::equals));
    as(seller.token())
        .queryParams(Map.of("storeId", store, "status", "archived"))
        .get("/api/v1/products")
        .then()
        .body("items.size()", equalTo(1))
        .body("nextCursor", nullValue());
    // Anyone else sees what is on sale only.
    as(null)
        .queryParams(Map.of("storeId", store, "limit", 100))
        .get("/api/v1/products")
        .then()
        .statusCode(200)
        .body("items.size()", equalTo(22));
    as(null)
        .queryParams(Map.of("storeId", store, "status", "draft"))
        .get("/api/v1/products")
        .then()
        .body("items.size()", equalTo(0));

    as(seller.token()).get("/api/v1/products").then().statusCode(400);
    as(seller.token())
        .queryParams(Map.of("storeId", store, "cursor", "forged"))
        .get("/api/v1/products")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("cursor"));
    as(seller.token())
        .queryParams(Map.of("storeId", store, "limit", 0))
        .get("/api/v1/products")
        .then()
        .statusCode(400);
    as(seller.token())
        .queryParams(Map.of("storeId", store, "status", "sold"))
        .get("/api/v1/products")
        .then()
        .statusCode(400);
    as(null)
        .queryParams(Map.of("storeId", UUID.randomUUID().toString()))
        .get("/api/v1/products")
        .then()
        .statusCode(404);
  }
}
