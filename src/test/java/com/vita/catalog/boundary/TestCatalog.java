package com.vita.catalog.boundary;

import static io.restassured.RestAssured.given;

import com.vita.testing.TestAccounts;
import com.vita.testing.VitaTestServer;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;

/** Sellers, stores and products made through the API, for the catalogue's tests. */
final class TestCatalog {

  /** A registered account that became a seller, with a token carrying the role. */
  record Seller(TestAccounts.Registered account, String token) {}

  private TestCatalog() {}

  static RequestSpecification as(String token) {
    RequestSpecification api = given(VitaTestServer.api());
    return token == null ? api : api.auth().oauth2(token);
  }

  static Seller seller() {
    TestAccounts.Registered account = TestAccounts.register();
    as(account.token()).post("/api/v1/auth/seller").then().statusCode(200);
    return new Seller(account, TestAccounts.loggedInToken(VitaTestServer.api(), account));
  }

  /** A store of the seller's (seed 000's body) in the country given, Spain (EUR) when null. */
  static String store(Seller seller, String country) {
    Map<String, Object> body = new HashMap<>();
    body.put("name", "Tienda " + System.nanoTime());
    body.put("description", "A test store");
    body.put("category", "electronics");
    body.put("country", country == null ? "ES" : country);
    return as(seller.token())
        .contentType("application/json")
        .body(body)
        .post("/api/v1/stores")
        .then()
        .statusCode(201)
        .extract()
        .path("storeId");
  }

  static Map<String, Object> product(String storeId, String name, Object price, int stock) {
    Map<String, Object> body = new HashMap<>();
    body.put("storeId", storeId);
    body.put("name", name);
    body.put("price", price);
    body.put("stock", stock);
    return body;
  }

  static Response create(String token, Map<String, ?> body) {
    return as(token).contentType("application/json").body(body).post("/api/v1/products");
  }

  /** Creates the product and returns its id. */
  static String created(String token, Map<String, ?> body) {
    return create(token, body).then().statusCode(201).extract().path("id");
  }

  static Response get(String token, String productId) {
    return as(token).get("/api/v1/products/" + productId);
  }

  static Response put(String token, String productId, String ifMatch, Map<String, ?> body) {
    RequestSpecification request = as(token).contentType("application/json").body(body);
    if (ifMatch != null) {
      request = request.header("If-Match", ifMatch);
    }
    return request.put("/api/v1/products/" + productId);
  }

  static Response adjust(String token, String productId, int delta, String reason) {
    return as(token)
        .contentType("application/json")
        .body(Map.of("delta", delta, "reason", reason))
        .post("/api/v1/products/" + productId + "/stock");
  }
}
