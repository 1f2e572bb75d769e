package com.vita.platform.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vita.testing.RawHttp;
import com.vita.testing.VitaTestServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the server answers outside VITA's routes (hardening issue, findings 9 and 12): one Swagger
 * UI (VITA's), no WADL, a clean {@code OPTIONS}, and the container's own errors in VITA's format
 * where the server lets them reach the WAR. What it cannot (docs/security.md, finding 12) is pinned
 * here too, so a server upgrade that changes it is noticed.
 */
class EdgeSurfaceIT {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/webjars/swagger-ui/5.34.1/index.html",
        "/webjars/swagger-ui/5.34.1/swagger-ui-bundle.js",
        "/webjars/",
        "/openapi-ui/swagger-ui/index.html",
        "/api/v1/application.wadl",
        "/api/v1/v3/session"
      })
  void onlyVitasDocumentationIsServed(String path) {
    given(VitaTestServer.api())
        .get(path)
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .header("X-Request-Id", not(equalTo("")));
  }

  @Test
  void vitasDocumentationPageLoadsItsAssets() {
    String page =
        given(VitaTestServer.api()).get("/openapi-ui/").then().statusCode(200).extract().asString();
    assertTrue(page.contains("swagger-ui/swagger-ui-bundle.js"), page);
    assertFalse(page.contains("webjars"), page);
    given(VitaTestServer.api())
        .get("/openapi-ui/swagger-ui/swagger-ui-bundle.js")
        .then()
        .statusCode(200)
        .contentType(containsString("text/javascript"))
        .body(containsString("SwaggerUIBundle"));
    given(VitaTestServer.api())
        .get("/openapi-ui/swagger-ui/swagger-ui.css")
        .then()
        .statusCode(200)
        .contentType(containsString("text/css"))
        .header("Content-Security-Policy", containsString("default-src 'self'"));
  }

  @Test
  void optionsAnswersWithAllowOnlyAndLogsNothingSevere() throws Exception {
    long before = serverLog().size();
    for (String path :
        List.of("/api/v1/auth/login", "/api/v1/shipping/methods/CL", "/openapi", "/openapi/")) {
      String body =
          given(VitaTestServer.api())
              .options(path)
              .then()
              .statusCode(anyOf(is(200), is(204)))
              .header("Allow", containsString("OPTIONS"))
              .contentType(not(containsString("wadl")))
              .extract()
              .asString();
      assertFalse(body.contains("wadl") || body.contains("Jersey"), body);
    }
    List<String> after = serverLog();
    List<String> severe =
        after.subList((int) before, after.size()).stream()
            .filter(l -> l.contains("\"SEVERE\""))
            .toList();
    assertEquals(List.of(), severe, "OPTIONS logged errors");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/v1/shipping/methods/CL", "/", "/health/live", "/metrics"})
  void traceIsRefusedInVitasFormatAndEchoesNothing(String path) throws Exception {
    RawHttp answer =
        RawHttp.send(
            "TRACE "
                + path
                + " HTTP/1.1\r\nHost: localhost\r\nCookie: session=secret-cookie\r\n"
                + "X-Api-Key: secret-key\r\nConnection: close\r\n\r\n");
    assertEquals(405, answer.status(), answer.toString());
    assertEquals("method-not-allowed", problem(answer).getString("type").replaceAll(".*/", ""));
    assertFalse(answer.body().contains("secret"), answer.body());
    assertEdgeHeaders(answer);
  }

  /**
   * The server refuses these itself, before any of the WAR runs (docs/security.md, finding 12): the
   * status is right and the body empty; it no longer claims {@code X-Frame-Options: SAMEORIGIN}.
   */
  @Test
  void requestsTheServerRefusesBeforeTheWarAreStillRefused() throws Exception {
    RawHttp nul =
        RawHttp.send("GET /a%00 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    RawHttp hugeHeader =
        RawHttp.send(
            "GET /api/v1/shipping/methods/CL HTTP/1.1\r\nHost: localhost\r\nX-Big: "
                + "a".repeat(64 * 1024)
                + "\r\nConnection: close\r\n\r\n");
    RawHttp badChunk =
        RawHttp.send(
            "POST /api/v1/auth/login HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n"
                + "Connection: close\r\n\r\n",
            "ZZ\r\nabc\r\n0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
    for (RawHttp answer : List.of(nul, hugeHeader, badChunk)) {
      assertEquals(400, answer.status(), answer.toString());
      assertEquals("", answer.body(), answer.toString());
      assertTrue(answer.header("X-Frame-Options").isEmpty(), answer.toString());
    }
  }

  static void assertEdgeHeaders(RawHttp answer) {
    assertEquals(
        "default-src 'none'; frame-ancestors 'none'",
        answer.header("Content-Security-Policy").orElse(""),
        answer.toString());
    assertTrue(answer.header("Strict-Transport-Security").isPresent(), answer.toString());
    assertEquals("nosniff", answer.header("X-Content-Type-Options").orElse(""));
    assertEquals("DENY", answer.header("X-Frame-Options").orElse(""));
    assertTrue(answer.header("X-Request-Id").isPresent(), answer.toString());
  }

  static JsonObject problem(RawHttp answer) {
    assertTrue(
        answer.header("Content-Type").orElse("").startsWith("application/problem+json"),
        answer.toString());
    return Json.createReader(new StringReader(answer.body())).readObject();
  }

  private static List<String> serverLog() throws Exception {
    Path log = VitaTestServer.stack().server().log();
    return Files.readAllLines(log, StandardCharsets.UTF_8);
  }
}
