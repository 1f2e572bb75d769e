package com.vita.catalog.boundary;

import static com.vita.catalog.boundary.TestCatalog.as;
import static com.vita.catalog.boundary.TestCatalog.created;
import static com.vita.catalog.boundary.TestCatalog.product;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vita.testing.TestAccounts;
import io.restassured.response.Response;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Public store pages: by id and at the store's own address, active products only, paged. */
class StorefrontIT {

  private final TestCatalog.Seller seller = TestCatalog.seller();
  private final String storeId = TestCatalog.store(seller, null);

  @Test
  void thePageShowsActiveProductsInPages() {
    for (int i = 0; i < 5; i++) {
      created(seller.token(), product(storeId, "Visible " + i, 10, 1));
    }
    Map<String, Object> draft = product(storeId, "Hidden draft", 10, 1);
    draft.put("status", "draft");
    created(seller.token(), draft);

    Response first = as(null).queryParam("limit", 3).get("/api/v1/stores/" + storeId + "/public");
    first
        .then()
        .statusCode(200)
        .body("storeId", equalTo(storeId))
        .body("store.id", equalTo(storeId))
        .body("store.currency", equalTo("EUR"))
        .body("products.size()", equalTo(3));
    Response second =
        as(null)
            .queryParam("limit", 3)
            .queryParam("cursor", first.<String>path("nextCursor"))
            .get("/api/v1/stores/" + storeId + "/public");
    second
        .then()
        .statusCode(200)
        .body("products.size()", equalTo(2))
        .body("nextCursor", nullValue());
    Set<String> names = new HashSet<>(first.path("products.name"));
    names.addAll(second.path("products.name"));
    assertEquals(5, names.size());
    assertTrue(names.stream().allMatch(n -> n.startsWith("Visible")));
  }

  @Test
  void theStoresAddressShowsTheSamePageAndAnOldSlugRedirects() {
    created(seller.token(), product(storeId, "At the address", 10, 1));
    String username = TestAccounts.profile(seller.token()).path("username");
    Response store = as(seller.token()).get("/api/v1/stores/" + storeId);
    String slug = store.path("slug");
    as(null)
        .get("/api/v1/s/" + username + "/" + slug)
        .then()
        .statusCode(200)
        .body("storeId", equalTo(storeId))
        .body("products[0].name", equalTo("At the address"));

    Response renamed =
        as(seller.token())
            .header("If-Match", store.header("ETag"))
            .contentType("application/json")
            .body(Map.of("name", "Renamed " + System.nanoTime(), "category", "electronics"))
            .put("/api/v1/stores/" + storeId);
    assertEquals(200, renamed.statusCode(), renamed.asString());
    String newSlug = renamed.path("slug");
    Response moved = as(null).redirects().follow(false).get("/api/v1/s/" + username + "/" + slug);
    assertEquals(301, moved.statusCode());
    assertTrue(
        moved.header("Location").endsWith("/api/v1/s/" + username + "/" + newSlug),
        moved.header("Location"));
    as(null).get("/api/v1/s/" + username + "/no-such-store").then().statusCode(404);
    as(null).get("/api/v1/s/nobody-" + UUID.randomUUID() + "/x").then().statusCode(404);
  }

  @Test
  void unknownAndDeletedStoresHaveNoPage() {
    as(null).get("/api/v1/stores/" + UUID.randomUUID() + "/public").then().statusCode(404);
    as(null).get("/api/v1/stores/not-an-id/public").then().statusCode(404);
    String gone = TestCatalog.store(seller, null);
    String etag = as(seller.token()).get("/api/v1/stores/" + gone).header("ETag");
    as(seller.token())
        .header("If-Match", etag)
        .delete("/api/v1/stores/" + gone)
        .then()
        .statusCode(204);
    as(null).get("/api/v1/stores/" + gone + "/public").then().statusCode(404);
    List<?> none =
        as(null)
            .queryParam("cursor", "bad")
            .get("/api/v1/stores/" + storeId + "/public")
            .path("errors");
    assertEquals(1, none.size());
  }
}
