package com.vita.platform.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.vita.testing.VitaTestServer;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the edge filters promise on every response: security headers, request ids, CORS. */
class EdgeHeadersIT {

  private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/v1/shipping/methods/CL",
        "/api/v1/shipping/methods/XX",
        "/api/v1/nothing-here",
        "/no/such/page",
        "/health/ready",
        "/health/live",
        "/metrics",
        "/openapi"
      })
  void everyResponseCarriesTheSecurityHeadersAndARequestId(String path) {
    given(VitaTestServer.api())
        .get(path)
        .then()
        .header("X-Request-Id", matchesPattern(UUID))
        .header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
        .header("Strict-Transport-Security", "max-age=31536000; includeSubDomains")
        .header("X-Content-Type-Options", "nosniff")
        .header("X-Frame-Options", "DENY")
        .header("Referrer-Policy", "no-referrer")
        .header("Server", nullValue());
  }

  @Test
  void aCallersRequestIdIsKeptAndEchoed() {
    given(VitaTestServer.api())
        .header("X-Request-Id", "checkout-7f3a.42")
        .get("/api/v1/shipping/methods/XX")
        .then()
        .header("X-Request-Id", "checkout-7f3a.42")
        .body("requestId", equalTo("checkout-7f3a.42"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<script>alert(1)</script>",
        "a b",
        "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
      })
  void anUnsafeRequestIdIsReplaced(String unsafe) {
    given(VitaTestServer.api())
        .header("X-Request-Id", unsafe)
        .get("/api/v1/shipping/methods/CL")
        .then()
        .header("X-Request-Id", matchesPattern(UUID));
  }

  @Test
  void aTrustedOriginMayReadResponsesWithCredentials() {
    given(VitaTestServer.api())
        .header("Origin", VitaTestServer.TRUSTED_ORIGIN)
        .get("/api/v1/shipping/methods/CL")
        .then()
        .statusCode(200)
        .header("Access-Control-Allow-Origin", VitaTestServer.TRUSTED_ORIGIN)
        .header("Access-Control-Allow-Credentials", "true")
        .header("Vary", "Origin");
  }

  @Test
  void anotherOriginGetsNoCorsHeaders() {
    given(VitaTestServer.api())
        .header("Origin", "https://evil.example")
        .get("/api/v1/shipping/methods/CL")
        .then()
        .statusCode(200)
        .header("Access-Control-Allow-Origin", nullValue())
        .header("Access-Control-Allow-Credentials", nullValue());
  }

  @Test
  void preflightsAreAnsweredForTrustedOriginsOnly() {
    preflight(VitaTestServer.TRUSTED_ORIGIN)
        .statusCode(204)
        .header("Access-Control-Allow-Origin", VitaTestServer.TRUSTED_ORIGIN)
        .header("Access-Control-Allow-Methods", not(nullValue()));
    preflight("https://evil.example")
        .statusCode(403)
        .header("Access-Control-Allow-Origin", nullValue());
  }

  private static ValidatableResponse preflight(String origin) {
    return given(VitaTestServer.api())
        .header("Origin", origin)
        .header("Access-Control-Request-Method", "POST")
        .header("Access-Control-Request-Headers", "Content-Type")
        .options("/api/v1/shipping/calculate")
        .then();
  }

  @Test
  void theDocumentationUiMayLoadItsOwnScriptsAndStyles() {
    given(VitaTestServer.api())
        .get("/openapi-ui/")
        .then()
        .statusCode(200)
        .header("Content-Security-Policy", matchesPattern(".*default-src 'self'.*"));
  }
}
