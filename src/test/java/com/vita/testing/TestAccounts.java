package com.vita.testing;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
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
    String email = freshEmail();
    JsonPath body =
        given(VitaTestServer.api())
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
}
