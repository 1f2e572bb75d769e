package com.vita.catalog.boundary;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

import com.vita.testing.TestAccounts;
import com.vita.testing.VitaTestServer;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Seed 000's store integration test ({@code tests/integration/stores.test.js}) with its bodies
 * unchanged. Its {@code createTestUser()} is unspecified; here it is what a new VITA seller is:
 * registration with seed 000's names and the seller role (a login then carries it), nothing else —
 * no KYB, no verified e-mail (an inactive store takes neither). The seed's store body names no
 * country, so the store takes {@code stores.default-country} (MX): its currency has two decimals,
 * as the seed's price 99.99 needs (CLP has none: a 400, never a rounding).
 */
class SeedStoreFlowIT {

  @Test
  void completeStoreCreationFlow() {
    // createTestUser(): seed 000's registration shape, then the seller role.
    String email = TestAccounts.freshEmail();
    JsonPath registered =
        given(VitaTestServer.api())
            .contentType("application/json")
            .body(
                Map.of(
                    "email",
                    email,
                    "password",
                    TestAccounts.PASSWORD,
                    "firstName",
                    "Test",
                    "lastName",
                    "User"))
            .post("/api/v1/auth/register")
            .then()
            .statusCode(201)
            .body("userId", notNullValue())
            .body("token", notNullValue())
            .extract()
            .jsonPath();
    given(VitaTestServer.api())
        .auth()
        .oauth2(registered.getString("token"))
        .post("/api/v1/auth/seller")
        .then()
        .statusCode(200);
    String authToken =
        given(VitaTestServer.api())
            .contentType("application/json")
            .body(Map.of("email", email, "password", TestAccounts.PASSWORD))
            .post("/api/v1/auth/login")
            .then()
            .statusCode(200)
            .extract()
            .path("token");

    // 1. Create store
    Map<String, Object> storeData =
        Map.of("name", "Test Store", "description", "A test store", "category", "electronics");
    String storeId =
        given(VitaTestServer.api())
            .auth()
            .oauth2(authToken)
            .contentType("application/json")
            .body(storeData)
            .post("/api/v1/stores")
            .then()
            .statusCode(201)
            .extract()
            .path("storeId");

    // 2. Add product to store
    Map<String, Object> productData =
        Map.of("name", "Test Product", "price", 99.99, "stock", 10, "storeId", storeId);
    given(VitaTestServer.api())
        .auth()
        .oauth2(authToken)
        .contentType("application/json")
        .body(productData)
        .post("/api/v1/products")
        .then()
        .statusCode(201)
        // no category or SKU in the body: the store's category, a generated SKU
        .body("category", equalTo("electronics"))
        .body("sku", matchesPattern("[A-Za-z0-9]{1,50}"))
        .body("price", equalTo(99.99f))
        .body("stock", equalTo(10));

    // 3. Verify store is accessible (no token), with exactly the one product
    given(VitaTestServer.api())
        .get("/api/v1/stores/" + storeId + "/public")
        .then()
        .statusCode(200)
        .body("products", hasSize(1))
        .body("products[0].name", equalTo("Test Product"))
        .body("store.name", equalTo("Test Store"))
        .body("store.currency", equalTo("MXN"))
        .body("store.active", equalTo(false));
  }
}
