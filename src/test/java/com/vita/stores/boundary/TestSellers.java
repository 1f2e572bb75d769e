package com.vita.stores.boundary;

import static io.restassured.RestAssured.given;

import com.vita.testing.TestAccounts;
import com.vita.testing.VitaTestServer;
import io.restassured.response.Response;
import java.util.Map;

/** Sellers registered through the API, and their store calls, for the stores tests. */
final class TestSellers {

  /** A registered account that became a seller, and a token that carries the seller role. */
  record Seller(TestAccounts.Registered account, String token) {
    String id() {
      return account.userId();
    }
  }

  /** Seed 000's store body. */
  static final Map<String, Object> SEED_STORE =
      Map.of("name", "Test Store", "description", "A test store", "category", "electronics");

  private TestSellers() {}

  /** Registers, becomes a seller ({@code POST /auth/seller}) and logs in again for the role. */
  static Seller register() {
    TestAccounts.Registered account = TestAccounts.register();
    given(VitaTestServer.api())
        .auth()
        .oauth2(account.token())
        .post("/api/v1/auth/seller")
        .then()
        .statusCode(200);
    return new Seller(account, TestAccounts.loggedInToken(VitaTestServer.api(), account));
  }

  static Response open(String token, Map<String, ?> body) {
    return given(VitaTestServer.api())
        .auth()
        .oauth2(token)
        .contentType("application/json")
        .body(body)
        .post("/api/v1/stores");
  }

  /** Opens a store with the body and returns its id. */
  static String opened(String token, Map<String, ?> body) {
    return open(token, body).then().statusCode(201).extract().path("storeId");
  }

  static Response get(String token, String storeId) {
    return given(VitaTestServer.api()).auth().oauth2(token).get("/api/v1/stores/" + storeId);
  }

  static Response put(String token, String storeId, String ifMatch, Map<String, ?> body) {
    var request =
        given(VitaTestServer.api()).auth().oauth2(token).contentType("application/json").body(body);
    if (ifMatch != null) {
      request = request.header("If-Match", ifMatch);
    }
    return request.put("/api/v1/stores/" + storeId);
  }

  static Response activate(String token, String storeId) {
    return given(VitaTestServer.api())
        .auth()
        .oauth2(token)
        .post("/api/v1/stores/" + storeId + "/activate");
  }
}
