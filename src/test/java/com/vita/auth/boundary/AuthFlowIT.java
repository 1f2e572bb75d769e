package com.vita.auth.boundary;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import com.vita.testing.TestAccounts;
import com.vita.testing.VitaTestServer;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Seed 000's flow and the session rules around it, through the API. */
class AuthFlowIT {

  @Test
  void registerLoginProfileRefreshLogoutAndTheOldTokensAreRefused() {
    TestAccounts.Registered account = TestAccounts.register();

    JsonPath login =
        post(
                "/api/v1/auth/login",
                Map.of("email", account.email(), "password", TestAccounts.PASSWORD))
            .statusCode(200)
            .body("token", notNullValue())
            .body("refreshToken", notNullValue())
            .body("userId", equalTo(account.userId()))
            .extract()
            .jsonPath();

    given(VitaTestServer.api())
        .auth()
        .oauth2(login.getString("token"))
        .get("/api/v1/auth/profile")
        .then()
        .statusCode(200)
        .body("email", equalTo(account.email()))
        .body("roles", hasItem("buyer"))
        .body("kyc", equalTo("not_started"));

    JsonPath refreshed =
        post("/api/v1/auth/refresh", Map.of("refreshToken", login.getString("refreshToken")))
            .statusCode(200)
            .body("refreshToken", not(equalTo(login.getString("refreshToken"))))
            .extract()
            .jsonPath();

    given(VitaTestServer.api())
        .auth()
        .oauth2(refreshed.getString("token"))
        .contentType("application/json")
        .body(Map.of("refreshToken", refreshed.getString("refreshToken")))
        .post("/api/v1/auth/logout")
        .then()
        .statusCode(204);

    post("/api/v1/auth/refresh", Map.of("refreshToken", refreshed.getString("refreshToken")))
        .statusCode(401)
        .contentType("application/problem+json");
    given(VitaTestServer.api())
        .auth()
        .oauth2(refreshed.getString("token"))
        .get("/api/v1/auth/profile")
        .then()
        .statusCode(401);
  }

  @Test
  void reusingASpentRefreshTokenRevokesTheWholeSession() {
    TestAccounts.Registered account = TestAccounts.register();
    String next =
        post("/api/v1/auth/refresh", Map.of("refreshToken", account.refreshToken()))
            .statusCode(200)
            .extract()
            .path("refreshToken");

    post("/api/v1/auth/refresh", Map.of("refreshToken", account.refreshToken())).statusCode(401);
    // The thief's replay also killed the legitimate holder's newer token.
    post("/api/v1/auth/refresh", Map.of("refreshToken", next)).statusCode(401);
  }

  @Test
  void registrationNormalisesTheEmailAndRefusesADuplicate() {
    TestAccounts.Registered account = TestAccounts.register();
    post(
            "/api/v1/auth/register",
            Map.of(
                "email",
                account.email().toUpperCase(),
                "password",
                TestAccounts.PASSWORD,
                "name",
                "Dup"))
        .statusCode(409)
        .body("type", equalTo("https://vita.dev/problems/conflict"));
    post(
            "/api/v1/auth/login",
            Map.of(
                "email",
                " " + account.email().toUpperCase() + " ",
                "password",
                TestAccounts.PASSWORD))
        .statusCode(200);
  }

  @Test
  void aBuyerMayBecomeASellerAndTheNextTokenSaysSo() {
    TestAccounts.Registered account = TestAccounts.register();
    given(VitaTestServer.api())
        .auth()
        .oauth2(account.token())
        .post("/api/v1/auth/seller")
        .then()
        .statusCode(200)
        .body("roles", hasItem("seller"));
    String token =
        post("/api/v1/auth/refresh", Map.of("refreshToken", account.refreshToken()))
            .statusCode(200)
            .extract()
            .path("token");
    given(VitaTestServer.api())
        .auth()
        .oauth2(token)
        .get("/api/v1/auth/profile")
        .then()
        .body("roles", hasItem("seller"));
  }

  @Test
  void theProfileNameCanBeChangedButNotToMarkup() {
    TestAccounts.Registered account = TestAccounts.register();
    given(VitaTestServer.api())
        .auth()
        .oauth2(account.token())
        .contentType("application/json")
        .body(Map.of("name", "Ana Pérez"))
        .put("/api/v1/auth/profile")
        .then()
        .statusCode(200)
        .body("name", equalTo("Ana Pérez"));
    given(VitaTestServer.api())
        .auth()
        .oauth2(account.token())
        .contentType("application/json")
        .body(Map.of("name", "<script>alert(1)</script>"))
        .put("/api/v1/auth/profile")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("name"));
  }

  @Test
  void theSigningKeyIsPublished() {
    given(VitaTestServer.api())
        .get("/.well-known/jwks.json")
        .then()
        .statusCode(200)
        .body("keys[0].kty", equalTo("RSA"))
        .body("keys[0].kid", notNullValue())
        .body("keys[0].d", equalTo(null)); // never the private part
  }

  static ValidatableResponse post(String path, Map<String, String> body) {
    return given(VitaTestServer.api()).contentType("application/json").body(body).post(path).then();
  }
}
