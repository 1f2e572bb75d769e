package com.vita.marketplace.boundary;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.vita.orders.boundary.TestShop;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The admins' curation answers: listing rules replaced whole and read back (a category added, then
 * dropped again), and what a rule or a featured slot may not be (400), a slot for a product outside
 * the marketplace (409), an unknown slot (404), and a buyer (403).
 */
class MarketplaceCurationIT {

  @Test
  void rulesAreReplacedWholeAndReadBack() {
    JsonPath before = rules();
    String category = "curation-" + TestMarket.uniqueWord();
    List<String> categories = new ArrayList<>(before.getList("categories", String.class));
    categories.add(category);
    replace(before.getList("stores", String.class), categories)
        .then()
        .statusCode(200)
        .body("categories", hasItem(category));
    org.junit.jupiter.api.Assertions.assertTrue(
        rules().getList("categories", String.class).contains(category));
    // back as it was: the category's rule is gone
    replace(before.getList("stores", String.class), before.getList("categories", String.class))
        .then()
        .statusCode(200)
        .body("categories", not(hasItem(category)));
  }

  @Test
  void aRuleOfNoStoreOrABadCategoryIsRefused() {
    replace(List.of(UUID.randomUUID().toString()), List.of()).then().statusCode(400);
    replace(List.of(), List.of(" ")).then().statusCode(400);
    replace(List.of(), List.of("x".repeat(51))).then().statusCode(400);
    TestMarket.api()
        .auth()
        .oauth2(TestShop.buyer())
        .get("/api/v1/admin/marketplace/rules")
        .then()
        .statusCode(403);
  }

  @Test
  void aFeaturedSlotNeedsAWindowAPositionAndAProductInTheMarketplace() {
    Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    String product = UUID.randomUUID().toString();
    feature(Map.of("productId", product)).then().statusCode(400);
    feature(slot(product, 0, start, start.plusSeconds(60))).then().statusCode(400);
    feature(slot(product, 1, start, start)).then().statusCode(400);
    feature(slot(product, 1, start, start.plusSeconds(60)))
        .then()
        .statusCode(409)
        .body("status", equalTo(409));
    TestMarket.api()
        .auth()
        .oauth2(TestMarket.ADMIN)
        .delete("/api/v1/admin/marketplace/featured/" + UUID.randomUUID())
        .then()
        .statusCode(404);
    TestMarket.api()
        .auth()
        .oauth2(TestShop.buyer())
        .contentType("application/json")
        .body(slot(product, 1, start, start.plusSeconds(60)))
        .post("/api/v1/admin/marketplace/featured")
        .then()
        .statusCode(403);
  }

  private static JsonPath rules() {
    return TestMarket.api()
        .auth()
        .oauth2(TestMarket.ADMIN)
        .get("/api/v1/admin/marketplace/rules")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static io.restassured.response.Response replace(
      List<String> stores, List<String> categories) {
    return TestMarket.api()
        .auth()
        .oauth2(TestMarket.ADMIN)
        .contentType("application/json")
        .body(Map.of("stores", stores, "categories", categories))
        .put("/api/v1/admin/marketplace/rules");
  }

  private static Map<String, Object> slot(String product, int position, Instant from, Instant to) {
    Map<String, Object> slot = new HashMap<>();
    slot.put("productId", product);
    slot.put("position", position);
    slot.put("startsAt", from.toString());
    slot.put("endsAt", to.toString());
    return slot;
  }

  private static io.restassured.response.Response feature(Map<String, ?> body) {
    return TestMarket.api()
        .auth()
        .oauth2(TestMarket.ADMIN)
        .contentType("application/json")
        .body(body)
        .post("/api/v1/admin/marketplace/featured");
  }
}
