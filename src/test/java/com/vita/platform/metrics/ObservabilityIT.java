package com.vita.platform.metrics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vita.testing.TestMetrics;
import com.vita.testing.VitaTestServer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Metrics, health and API documentation as operators and client developers see them. */
class ObservabilityIT {

  private static final String COUNTER =
      "http_requests_total{method=\"GET\",mp_scope=\"application\","
          + "route=\"/api/v1/shipping/methods/{country}\",status=\"200\"}";

  @Test
  void requestsAreCountedByRouteTemplateNotByRawPath() {
    double before = counterValue();
    given(VitaTestServer.api()).get("/api/v1/shipping/methods/MX").then().statusCode(200);
    given(VitaTestServer.api()).get("/api/v1/shipping/methods/CO").then().statusCode(200);
    assertEquals(before + 2, counterValue(), 0.001);
    given(VitaTestServer.api())
        .accept("text/plain")
        .get("/metrics")
        .then()
        .statusCode(200)
        .body(not(containsString("route=\"/api/v1/shipping/methods/MX\"")))
        .body(containsString("http_request_duration_seconds_bucket"));
  }

  @Test
  void unmatchedRoutesShareOneSeries() {
    given(VitaTestServer.api()).get("/api/v1/random-" + System.nanoTime()).then().statusCode(404);
    given(VitaTestServer.api())
        .accept("text/plain")
        .get("/metrics")
        .then()
        .body(containsString("route=\"UNMATCHED\",status=\"404\""))
        .body(not(containsString("random-")));
  }

  @Test
  void readinessReportsTheDatabaseInUtcRedisAndStorage() {
    given(VitaTestServer.api())
        .get("/health/ready")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.find { it.name == 'database' }.data.timezone", equalTo("UTC"))
        .body("checks.find { it.name == 'redis' }.status", equalTo("UP"))
        .body("checks.find { it.name == 'redis' }.data.mode", equalTo("redis"))
        // no bucket in the tests: documents go to target/it-data-<fork>/storage
        .body("checks.find { it.name == 'storage' }.status", equalTo("UP"))
        .body("checks.find { it.name == 'storage' }.data.mode", equalTo("local"));
  }

  @Test
  void livenessIsUp() {
    given(VitaTestServer.api())
        .get("/health/live")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"));
  }

  @Test
  void openApiDocumentsTheShippingRoutes() {
    given(VitaTestServer.api())
        .accept("application/json")
        .get("/openapi")
        .then()
        .statusCode(200)
        .body("info.title", equalTo("VITA API"))
        .body("paths.keySet()", hasItem("/api/v1/shipping/methods/{country}"))
        .body("paths.keySet()", hasItem("/api/v1/shipping/calculate"));
  }

  @Test
  void theDocumentationUiAndItsAssetsAreServed() {
    String page =
        given(VitaTestServer.api()).get("/openapi-ui/").then().statusCode(200).extract().asString();
    Matcher script = Pattern.compile("src=\"(swagger-ui/[^\"]+\\.js)\"").matcher(page);
    assertTrue(script.find(), "the UI page names its script");
    given(VitaTestServer.api()).get("/openapi-ui/" + script.group(1)).then().statusCode(200);
    given(VitaTestServer.api())
        .get("/openapi-ui/start.js")
        .then()
        .statusCode(200)
        .body(containsString("/openapi"));
  }

  private static double counterValue() {
    return TestMetrics.value(COUNTER);
  }
}
