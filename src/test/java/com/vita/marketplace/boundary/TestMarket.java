package com.vita.marketplace.boundary;

import static io.restassured.RestAssured.given;

import com.vita.orders.boundary.TestShop;
import com.vita.testing.TestTokens;
import com.vita.testing.VitaTestServer;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** Sellers, products and admin calls for the marketplace tests (sellers as TestShop makes them). */
final class TestMarket {

  static final String ADMIN = TestTokens.forRoles("buyer", "admin");

  private TestMarket() {}

  /** A word no other product has: the tests' products carry it, so the shared data stays out. */
  static String uniqueWord() {
    StringBuilder word = new StringBuilder("qx");
    for (int i = 0; i < 10; i++) {
      word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
    }
    return word.toString();
  }

  static RequestSpecification api() {
    return given(VitaTestServer.api());
  }

  static String product(
      TestShop.Seller seller,
      String storeId,
      String name,
      String category,
      String price,
      int stock) {
    return api()
        .auth()
        .oauth2(seller.token())
        .contentType("application/json")
        .body(
            Map.of(
                "storeId", storeId,
                "name", name,
                "category", category,
                "price", new BigDecimal(price),
                "stock", stock))
        .post("/api/v1/products")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  static Response list(String token, String productId) {
    RequestSpecification request = api();
    if (token != null) {
      request = request.auth().oauth2(token);
    }
    return request.put("/api/v1/admin/marketplace/products/" + productId + "/listing");
  }

  /** A product made and listed by an admin. */
  static String listed(
      TestShop.Seller seller,
      String storeId,
      String name,
      String category,
      String price,
      int stock) {
    String id = product(seller, storeId, name, category, price, stock);
    list(ADMIN, id).then().statusCode(204);
    return id;
  }

  static Response search(Map<String, ?> params) {
    return api().queryParams(params).get("/api/v1/marketplace/search");
  }

  static Response search(String q) {
    return search(Map.of("q", q));
  }
}
