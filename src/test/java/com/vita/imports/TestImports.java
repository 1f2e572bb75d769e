package com.vita.imports;

import static io.restassured.RestAssured.given;

import com.vita.testing.TestAccounts;
import com.vita.testing.TestTokens;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Sellers with a store, uploads and waiting for a job, through the API. */
public final class TestImports {

  private TestImports() {}

  /** A registered account acting as a seller, with one store. */
  public record Seller(String userId, String token, String storeId) {}

  public static Seller seller(RequestSpecification api) {
    TestAccounts.Registered account = TestAccounts.register(api);
    String token = tokenOf(account.userId(), "seller");
    String storeId =
        given(api)
            .auth()
            .oauth2(token)
            .contentType("application/json")
            .body(
                Map.of("name", "Tienda " + UUID.randomUUID(), "category", "ropa", "country", "CL"))
            .post("/api/v1/stores")
            .then()
            .statusCode(201)
            .extract()
            .path("storeId");
    return new Seller(account.userId(), token, storeId);
  }

  public static String tokenOf(String userId, String... roles) {
    return TestTokens.signed(
        TestTokens.trustedKey(),
        TestTokens.claims(UUID.fromString(userId), List.of(roles)).build());
  }

  public static io.restassured.response.Response upload(
      RequestSpecification api, String token, String storeId, Path file, String query) {
    return given(api)
        .auth()
        .oauth2(token)
        .multiPart("file", file.toFile())
        .multiPart("storeId", storeId)
        .post("/api/v1/import/products/excel" + query);
  }

  /** The job's status once it is no longer running (fails the test after a minute). */
  public static JsonPath finished(RequestSpecification api, String token, String jobId)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
    while (true) {
      JsonPath status =
          given(api)
              .auth()
              .oauth2(token)
              .get("/api/v1/import/status/" + jobId)
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      String state = status.getString("state");
      if (!List.of("starting", "started", "stopping").contains(state)) {
        return status;
      }
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("import still " + state + ": " + status.getMap(""));
      }
      Thread.sleep(200);
    }
  }
}
