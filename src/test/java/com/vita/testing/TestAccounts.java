package com.vita.testing;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;

/** Accounts registered through the API, each with its own fresh e-mail. */
public final class TestAccounts {

  public static final String PASSWORD = "Correct-h0rse";

  private TestAccounts() {}

  /** A registered buyer and the tokens registration returned. */
  public record Registered(String userId, String email, String token, String refreshToken) {}

  public static String freshEmail() {
    return "user-" + UUID.randomUUID() + "@example.com";
  }

  public static Registered register() {
    return register(VitaTestServer.api());
  }

  /** The same on another server (one of a test's own, {@link OwnServer}). */
  public static Registered register(RequestSpecification api) {
    String email = freshEmail();
    JsonPath body =
        given(api)
            .contentType("application/json")
            .body(Map.of("email", email, "password", PASSWORD, "name", "Test Buyer"))
            .post("/api/v1/auth/register")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    return new Registered(
        body.getString("userId"), email, body.getString("token"), body.getString("refreshToken"));
  }

  /**
   * A fresh access token through the account's refresh token (claims as they are now). Refresh
   * tokens rotate: this works once per registration.
   */
  public static String refreshedToken(RequestSpecification api, Registered user) {
    return given(api)
        .contentType("application/json")
        .body(Map.of("refreshToken", user.refreshToken()))
        .post("/api/v1/auth/refresh")
        .then()
        .statusCode(200)
        .extract()
        .path("token");
  }

  /**
   * A fresh access token through a new login (claims as they are now). Unlike a refresh token,
   * which works once, this can be repeated.
   */
  public static String loggedInToken(RequestSpecification api, Registered user) {
    return given(api)
        .contentType("application/json")
        .body(Map.of("email", user.email(), "password", PASSWORD))
        .post("/api/v1/auth/login")
        .then()
        .statusCode(200)
        .extract()
        .path("token");
  }

  /** The account's profile as its owner sees it ({@code GET /auth/profile}). */
  public static io.restassured.response.Response profile(String token) {
    return given(VitaTestServer.api()).auth().oauth2(token).get("/api/v1/auth/profile");
  }
}
