package com.vita.stores.boundary;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vita.stores.boundary.TestSellers.Seller;
import com.vita.testing.TestAccounts;
import com.vita.testing.TestDatabase;
import com.vita.testing.TestMetrics;
import com.vita.testing.TestTokens;
import com.vita.testing.VitaTestServer;
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

/** Stores on the shared server: opening, reading, editing, deleting, and who may do what. */
class StoresIT {

  private static final String PROBLEM = "application/problem+json";
  private static final String CREATED_MX =
      "stores_created_total{country=\"MX\",mp_scope=\"application\"}";

  private final String admin = TestTokens.forRoles("buyer", "admin");

  @Test
  void seedZerosBodyOpensAnInactiveStoreAtOnce() {
    Seller seller = TestSellers.register();
    String username = TestAccounts.profile(seller.token()).path("username");
    TestAccounts.profile(seller.token()).then().body("usernameLocked", equalTo(false));
    double createdBefore = TestMetrics.value(CREATED_MX);
    Response created = TestSellers.open(seller.token(), TestSellers.SEED_STORE);
    created
        .then()
        .statusCode(201)
        .header("Location", endsWith("/api/v1/stores/" + created.path("storeId")))
        .header("ETag", equalTo("\"0\""))
        .body("name", equalTo("Test Store"))
        .body("description", equalTo("A test store"))
        .body("category", equalTo("electronics"))
        .body("slug", equalTo("test-store"))
        .body("address", equalTo("/api/v1/s/" + username + "/test-store"))
        .body("ownerId", equalTo(seller.id()))
        .body("status", equalTo("inactive"))
        .body("active", equalTo(false))
        // no KYB business yet: the configured default country
        .body("country", equalTo("MX"))
        .body("currency", equalTo("MXN"))
        .body("shippingMethods", equalTo("/api/v1/shipping/methods/MX"))
        .body("paymentMethods", contains("bank_transfer", "cregis", "stripe"));
    String id = created.path("storeId");
    TestSellers.get(seller.token(), id)
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"0\""))
        .body("storeId", equalTo(id));
    assertEquals(createdBefore + 1, TestMetrics.value(CREATED_MX), 0.0001);
    // the address is public at once: its username is no longer changeable
    TestAccounts.profile(seller.token()).then().body("usernameLocked", equalTo(true));
  }

  @Test
  void aStoreTakesTheCountryAndPaymentMethodsItNames() {
    Seller seller = TestSellers.register();
    TestSellers.open(
            seller.token(),
            Map.of(
                "name", "Tienda Madrid",
                "category", "libros",
                "country", "es",
                "paymentMethods", List.of("stripe", "stripe", "cregis")))
        .then()
        .statusCode(201)
        .body("country", equalTo("ES"))
        .body("currency", equalTo("EUR"))
        .body("description", nullValue())
        .body("paymentMethods", contains("cregis", "stripe"));
  }

  @Test
  void onlyASellerOpensStoresAndEveryCallNeedsAToken() {
    TestAccounts.Registered buyer = TestAccounts.register();
    TestSellers.open(buyer.token(), TestSellers.SEED_STORE)
        .then()
        .statusCode(403)
        .contentType(PROBLEM);
    given(VitaTestServer.api())
        .auth()
        .oauth2(buyer.token())
        .get("/api/v1/stores")
        .then()
        .statusCode(403);
    given(VitaTestServer.api())
        .contentType("application/json")
        .body(TestSellers.SEED_STORE)
        .post("/api/v1/stores")
        .then()
        .statusCode(401)
        .contentType(PROBLEM);
    String id = UUID.randomUUID().toString();
    for (String path : List.of("", "/" + id, "/" + id + "/analytics")) {
      given(VitaTestServer.api()).get("/api/v1/stores" + path).then().statusCode(401);
    }
    given(VitaTestServer.api()).post("/api/v1/stores/" + id + "/activate").then().statusCode(401);
    given(VitaTestServer.api()).delete("/api/v1/stores/" + id).then().statusCode(401);
  }

  @Test
  void badInputIs400NamingTheFieldAndWritesNothing() throws Exception {
    Seller seller = TestSellers.register();
    Map<String, Object> base = new HashMap<>(TestSellers.SEED_STORE);
    List<Map.Entry<Map<String, Object>, String>> cases = new ArrayList<>();
    cases.add(Map.entry(with(base, "name", "ab"), "name"));
    cases.add(Map.entry(with(base, "name", "   ab   "), "name"));
    cases.add(Map.entry(with(base, "name", "x".repeat(101)), "name"));
    cases.add(Map.entry(with(base, "description", "d".repeat(1001)), "description"));
    cases.add(Map.entry(with(base, "category", null), "category"));
    cases.add(Map.entry(with(base, "category", "c".repeat(51)), "category"));
    cases.add(Map.entry(with(base, "country", "Chile"), "country"));
    cases.add(Map.entry(with(base, "paymentMethods", List.of()), "paymentMethods"));
    cases.add(Map.entry(with(base, "paymentMethods", List.of("paypal")), "paymentMethods"));
    for (Map.Entry<Map<String, Object>, String> c : cases) {
      TestSellers.open(seller.token(), c.getKey())
          .then()
          .statusCode(400)
          .contentType(PROBLEM)
          .body("errors.field", hasItem(containsString(c.getValue())));
    }
    // a country VITA does not sell in
    TestSellers.open(seller.token(), with(base, "country", "US"))
        .then()
        .statusCode(400)
        .contentType(PROBLEM);
    assertEquals(
        0L,
        TestDatabase.rows(
                "select count(*) as n from store where owner_account_id = ?",
                UUID.fromString(seller.id()))
            .get(0)
            .get("n"));
  }

  @Test
  void anotherSellersStoreIsNotFoundWhileAnAdminReadsIt() {
    Seller owner = TestSellers.register();
    Seller other = TestSellers.register();
    String id = TestSellers.opened(owner.token(), TestSellers.SEED_STORE);
    TestSellers.get(other.token(), id).then().statusCode(404).contentType(PROBLEM);
    TestSellers.put(other.token(), id, null, TestSellers.SEED_STORE).then().statusCode(404);
    TestSellers.activate(other.token(), id).then().statusCode(404);
    given(VitaTestServer.api())
        .auth()
        .oauth2(other.token())
        .get("/api/v1/stores/" + id + "/analytics")
        .then()
        .statusCode(404);
    given(VitaTestServer.api())
        .auth()
        .oauth2(other.token())
        .delete("/api/v1/stores/" + id)
        .then()
        .statusCode(404);
    given(VitaTestServer.api())
        .auth()
        .oauth2(other.token())
        .queryParam("ownerId", owner.id())
        .get("/api/v1/stores")
        .then()
        .statusCode(403);
    // an id that is not a UUID is the same 404 as an unknown one
    TestSellers.get(owner.token(), "not-a-uuid").then().statusCode(404);
    TestSellers.get(owner.token(), UUID.randomUUID().toString()).then().statusCode(404);

    TestSellers.get(admin, id).then().statusCode(200).body("storeId", equalTo(id));
    given(VitaTestServer.api())
        .auth()
        .oauth2(admin)
        .queryParam("ownerId", owner.id())
        .get("/api/v1/stores")
        .then()
        .statusCode(200)
        .body("stores.storeId", contains(id));
    given(VitaTestServer.api())
        .auth()
        .oauth2(other.token())
        .get("/api/v1/stores")
        .then()
        .statusCode(200)
        .body("stores", hasSize(0));
  }

  @Test
  void storesOfTheSameNameOpenedAtOnceGetDistinctSlugs() throws Exception {
    Seller seller = TestSellers.register();
    int racers = 6;
    ExecutorService pool = Executors.newFixedThreadPool(racers);
    try {
      List<Callable<Response>> calls = new ArrayList<>();
      for (int i = 0; i < racers; i++) {
        calls.add(() -> TestSellers.open(seller.token(), TestSellers.SEED_STORE));
      }
      Set<String> slugs = new HashSet<>();
      for (Future<Response> answer : pool.invokeAll(calls)) {
        Response r = answer.get();
        r.then().statusCode(201);
        slugs.add(r.path("slug"));
      }
      assertEquals(
          Set.of(
              "test-store",
              "test-store-2",
              "test-store-3",
              "test-store-4",
              "test-store-5",
              "test-store-6"),
          slugs);
    } finally {
      pool.shutdownNow();
    }
    given(VitaTestServer.api())
        .auth()
        .oauth2(seller.token())
        .get("/api/v1/stores")
        .then()
        .statusCode(200)
        .body("stores", hasSize(racers));
  }

  @Test
  void anEditNeedsTheCurrentETagWhenItSendsOneAndARenameKeepsTheOldAddress() throws Exception {
    Seller seller = TestSellers.register();
    String id = TestSellers.opened(seller.token(), TestSellers.SEED_STORE);
    Map<String, Object> renamed =
        Map.of("name", "Tienda Ñandú", "description", "Nueva", "category", "electronics");
    TestSellers.put(seller.token(), id, "\"7\"", renamed)
        .then()
        .statusCode(412)
        .contentType(PROBLEM)
        .body("detail", containsString("\"0\""));
    Response edited = TestSellers.put(seller.token(), id, "\"0\"", renamed);
    edited
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"1\""))
        .body("slug", equalTo("tienda-nandu"))
        .body("name", equalTo("Tienda Ñandú"))
        .body("paymentMethods", hasSize(3));
    // the same tag again: the store changed since
    TestSellers.put(seller.token(), id, "\"0\"", TestSellers.SEED_STORE).then().statusCode(412);
    // no If-Match: applies to the store as it is; only the payment methods named change
    TestSellers.put(
            seller.token(),
            id,
            null,
            Map.of(
                "name", "Tienda Ñandú", "category", "books", "paymentMethods", List.of("stripe")))
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"2\""))
        .body("slug", equalTo("tienda-nandu"))
        .body("category", equalTo("books"))
        .body("description", nullValue())
        .body("paymentMethods", contains("stripe"));
    // the country is fixed once the store is open
    TestSellers.put(seller.token(), id, null, with(renamed, "country", "ES"))
        .then()
        .statusCode(409)
        .contentType(PROBLEM)
        .body("detail", containsString("MXN"));
    // both addresses stay the store's: the old one redirects (StoreDirectory.resolve)
    assertEquals(
        List.of(
            Map.of("slug", "test-store", "store_id", UUID.fromString(id)),
            Map.of("slug", "tienda-nandu", "store_id", UUID.fromString(id))),
        TestDatabase.rows(
            "select slug, store_id from store_slug where owner_account_id = ? order by slug",
            UUID.fromString(seller.id())));
    // a new store of the old name gets the next address: the old one is still taken
    TestSellers.open(seller.token(), TestSellers.SEED_STORE)
        .then()
        .statusCode(201)
        .body("slug", equalTo("test-store-2"));
  }

  @Test
  void twoEditsSentAtOnceWithTheSameETagGiveOne200AndOne412() throws Exception {
    Seller seller = TestSellers.register();
    String id = TestSellers.opened(seller.token(), TestSellers.SEED_STORE);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Callable<Integer>> edits =
          List.of(
              () ->
                  TestSellers.put(
                          seller.token(), id, "\"0\"", with(TestSellers.SEED_STORE, "name", "Uno"))
                      .statusCode(),
              () ->
                  TestSellers.put(
                          seller.token(), id, "\"0\"", with(TestSellers.SEED_STORE, "name", "Dos"))
                      .statusCode());
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> answer : pool.invokeAll(edits)) {
        statuses.add(answer.get());
      }
      statuses.sort(null);
      assertEquals(List.of(200, 412), statuses);
    } finally {
      pool.shutdownNow();
    }
    TestSellers.get(seller.token(), id).then().header("ETag", equalTo("\"1\""));
  }

  @Test
  void aDeletedStoreIsGoneButItsAddressStaysReserved() throws Exception {
    Seller seller = TestSellers.register();
    String id = TestSellers.opened(seller.token(), TestSellers.SEED_STORE);
    given(VitaTestServer.api())
        .auth()
        .oauth2(seller.token())
        .header("If-Match", "\"3\"")
        .delete("/api/v1/stores/" + id)
        .then()
        .statusCode(412);
    given(VitaTestServer.api())
        .auth()
        .oauth2(seller.token())
        .header("If-Match", "\"0\"")
        .delete("/api/v1/stores/" + id)
        .then()
        .statusCode(204);
    TestSellers.get(seller.token(), id).then().statusCode(404);
    TestSellers.get(admin, id).then().statusCode(404);
    TestSellers.activate(seller.token(), id).then().statusCode(404);
    given(VitaTestServer.api())
        .auth()
        .oauth2(seller.token())
        .delete("/api/v1/stores/" + id)
        .then()
        .statusCode(404);
    given(VitaTestServer.api())
        .auth()
        .oauth2(seller.token())
        .get("/api/v1/stores")
        .then()
        .body("stores.storeId", not(hasItem(id)));
    assertEquals(
        "deleted",
        TestDatabase.rows("select status from store where id = ?", UUID.fromString(id))
            .get(0)
            .get("status"));
    TestSellers.open(seller.token(), TestSellers.SEED_STORE)
        .then()
        .statusCode(201)
        .body("slug", equalTo("test-store-2"));
  }

  @Test
  void storeListsPageNewestFirst() {
    Seller seller = TestSellers.register();
    String first = TestSellers.opened(seller.token(), with(TestSellers.SEED_STORE, "name", "Uno"));
    String second = TestSellers.opened(seller.token(), with(TestSellers.SEED_STORE, "name", "Dos"));
    given(VitaTestServer.api())
        .auth()
        .oauth2(seller.token())
        .queryParam("limit", 1)
        .get("/api/v1/stores")
        .then()
        .statusCode(200)
        .body("stores.storeId", contains(second))
        .body("limit", equalTo(1));
    given(VitaTestServer.api())
        .auth()
        .oauth2(seller.token())
        .queryParam("limit", 1)
        .queryParam("offset", 1)
        .get("/api/v1/stores")
        .then()
        .body("stores.storeId", contains(first));
    given(VitaTestServer.api())
        .auth()
        .oauth2(seller.token())
        .queryParam("limit", 500)
        .get("/api/v1/stores")
        .then()
        .statusCode(400);
    given(VitaTestServer.api())
        .auth()
        .oauth2(seller.token())
        .get("/api/v1/stores")
        .then()
        .body("stores.storeId", containsInAnyOrder(first, second));
  }

  static Map<String, Object> with(Map<String, ?> body, String key, Object value) {
    Map<String, Object> changed = new HashMap<>(body);
    changed.put(key, value);
    return changed;
  }
}
