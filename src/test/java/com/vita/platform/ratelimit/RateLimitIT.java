package com.vita.platform.ratelimit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vita.devstack.EmbeddedRedis;
import com.vita.devstack.PayaraMicroServer;
import com.vita.testing.Closing;
import com.vita.testing.OwnServer;
import com.vita.testing.VitaTestServer;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.InetAddress;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The limits as clients see them, on two VITA instances of this class's own that share one Redis
 * (the shared server runs with a limit too high to reach). The instances trust 127.0.0.1 as a
 * proxy, so each test is its own client through {@code X-Forwarded-For}; requests sent from
 * 127.0.0.2 come from a peer that is not trusted.
 */
class RateLimitIT {

  private static final int LIMIT = 5;
  private static final int WINDOW_SECONDS = 600;
  private static final String API = "/api/v1/shipping/methods/CL";

  private static EmbeddedRedis redis;
  private static PayaraMicroServer instanceA;
  private static PayaraMicroServer instanceB;

  @BeforeAll
  static void startTwoInstancesOnOneRedis() throws Exception {
    redis = EmbeddedRedis.start(0);
    Map<String, String> environment =
        Map.of(
            "REDIS_URL",
            redis.url(),
            "RATE_LIMIT_MAX_REQUESTS",
            Integer.toString(LIMIT),
            "RATELIMIT_SENSITIVE_LIMIT",
            "5",
            "RATELIMIT_SENSITIVE_BACKOFF_AFTER",
            "5",
            "RATE_LIMIT_WINDOW_MS",
            Integer.toString(WINDOW_SECONDS * 1000),
            "RATELIMIT_TRUSTED_PROXIES",
            "127.0.0.1",
            "CORS_ORIGINS",
            VitaTestServer.TRUSTED_ORIGIN);
    List<PayaraMicroServer> started =
        OwnServer.startSideBySide(
            List.of(
                () -> OwnServer.start("ratelimit-a", environment),
                () -> OwnServer.start("ratelimit-b", environment)));
    instanceA = started.get(0);
    instanceB = started.get(1);
  }

  @AfterAll
  static void stopInstances() throws Exception {
    Closing.all(instanceA, instanceB, redis);
  }

  @Test
  void theHeadersCountDownAndTheRequestOverTheLimitIsATooManyRequestsProblem() {
    for (int sent = 1; sent <= LIMIT; sent++) {
      Response response = get(instanceA, "203.0.113.1");
      response
          .then()
          .statusCode(200)
          .header("RateLimit-Limit", "5")
          .header("RateLimit-Remaining", Integer.toString(LIMIT - sent));
      assertResetWithinWindow(response.header("RateLimit-Reset"));
    }
    Response refused =
        given(client(instanceA, "203.0.113.1"))
            .header("Origin", VitaTestServer.TRUSTED_ORIGIN)
            .get(API);
    refused
        .then()
        .statusCode(429)
        .contentType(startsWith("application/problem+json"))
        .header("RateLimit-Limit", "5")
        .header("RateLimit-Remaining", "0")
        .header("Access-Control-Allow-Origin", VitaTestServer.TRUSTED_ORIGIN)
        .body("type", equalTo("https://vita.dev/problems/too-many-requests"))
        .body("status", equalTo(429))
        .body("instance", equalTo(API))
        .body("requestId", equalTo(refused.header("X-Request-Id")));
    assertResetWithinWindow(refused.header("Retry-After"));
    assertEquals(refused.header("RateLimit-Reset"), refused.header("Retry-After"));
  }

  @Test
  void anotherClientHasABudgetOfItsOwn() {
    exhaust(instanceA, "203.0.113.2");
    get(instanceA, "203.0.113.3").then().statusCode(200).header("RateLimit-Remaining", "4");
  }

  @Test
  void aForwardedForHeaderFromAnUntrustedPeerBuysNoFreshBudget() throws Exception {
    RequestSpecification fromUntrustedPeer =
        given()
            .baseUri(instanceA.baseUri().toString())
            .config(
                RestAssuredConfig.config()
                    .httpClient(
                        HttpClientConfig.httpClientConfig()
                            // Apache HttpClient's ConnRoutePNames.LOCAL_ADDRESS
                            .setParam(
                                "http.route.local-address", InetAddress.getByName("127.0.0.2"))));
    for (int sent = 1; sent <= LIMIT; sent++) {
      given(fromUntrustedPeer)
          .header("X-Forwarded-For", "198.51.100." + sent)
          .get(API)
          .then()
          .statusCode(200)
          .header("RateLimit-Remaining", Integer.toString(LIMIT - sent));
    }
    given(fromUntrustedPeer)
        .header("X-Forwarded-For", "198.51.100.99")
        .get(API)
        .then()
        .statusCode(429);
  }

  @Test
  void twoInstancesShareTheCount() {
    for (int sent = 1; sent <= 3; sent++) {
      get(instanceA, "203.0.113.4")
          .then()
          .statusCode(200)
          .header("RateLimit-Remaining", Integer.toString(LIMIT - sent));
    }
    get(instanceB, "203.0.113.4").then().statusCode(200).header("RateLimit-Remaining", "1");
    get(instanceB, "203.0.113.4").then().statusCode(200).header("RateLimit-Remaining", "0");
    get(instanceB, "203.0.113.4").then().statusCode(429);
    get(instanceA, "203.0.113.4").then().statusCode(429);
  }

  @Test
  void healthMetricsOpenApiAndPreflightsAreNeitherLimitedNorCounted() {
    for (int i = 0; i <= LIMIT; i++) {
      for (String path : List.of("/health/ready", "/health/live", "/metrics", "/openapi")) {
        given(client(instanceA, "203.0.113.5"))
            .get(path)
            .then()
            .statusCode(200)
            .header("RateLimit-Limit", nullValue());
      }
      given(client(instanceA, "203.0.113.5"))
          .header("Origin", VitaTestServer.TRUSTED_ORIGIN)
          .header("Access-Control-Request-Method", "POST")
          .options("/api/v1/shipping/calculate")
          .then()
          .statusCode(204)
          .header("RateLimit-Limit", nullValue());
    }
    get(instanceA, "203.0.113.5").then().statusCode(200).header("RateLimit-Remaining", "4");
  }

  @Test
  void refusalsAreCountedByScope() {
    double before = metric(instanceB, "rate_limit_exceeded_total", "scope=\"ip\"");
    exhaust(instanceB, "203.0.113.6");
    assertEquals(before + 1, metric(instanceB, "rate_limit_exceeded_total", "scope=\"ip\""));
  }

  @Test
  void whileRedisIsDownRequestsGoThroughUncountedAndLimitsResumeWhenItIsBack() throws Exception {
    double errorsBefore = metric(instanceA, "rate_limit_store_errors_total", null);
    int port = redis.port();
    redis.close();
    try {
      // More requests than the limit, and than the idle connections each pool may hold.
      for (int i = 0; i < 10; i++) {
        for (PayaraMicroServer instance : List.of(instanceA, instanceB)) {
          get(instance, "203.0.113.7")
              .then()
              .statusCode(200)
              .header("RateLimit-Limit", nullValue());
        }
      }
      assertTrue(
          metric(instanceA, "rate_limit_store_errors_total", null) >= errorsBefore + 10,
          "store errors are counted");
    } finally {
      redis = EmbeddedRedis.start(port);
    }
    awaitLimitedAgain(instanceA);
    awaitLimitedAgain(instanceB);
  }

  private static void awaitLimitedAgain(PayaraMicroServer instance) throws InterruptedException {
    Instant deadline = Instant.now().plusSeconds(30);
    for (int i = 1; Instant.now().isBefore(deadline); i++) {
      if (get(instance, "192.0.2." + i).header("RateLimit-Limit") != null) {
        return;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("no RateLimit headers within 30 s of Redis coming back");
  }

  private static void exhaust(PayaraMicroServer instance, String client) {
    for (int sent = 1; sent <= LIMIT; sent++) {
      get(instance, client).then().statusCode(200);
    }
    get(instance, client).then().statusCode(429);
  }

  @Test
  void anAccountsBackoffAfterFailuresFromManyAddressesHoldsOnEitherInstance() throws Exception {
    String email = "throttled-" + java.util.UUID.randomUUID() + "@example.com";
    given(client(instanceA, "198.51.100.200"))
        .contentType("application/json")
        .body(Map.of("email", email, "password", "Correct-h0rse", "name", "T"))
        .post("/api/v1/auth/register")
        .then()
        .statusCode(201);
    // Each failure from another address, so only the account's own backoff starts.
    for (int failure = 1; failure <= 5; failure++) {
      login(failure % 2 == 0 ? instanceA : instanceB, "198.51.100." + failure, email, "Wrong-pa55")
          .then()
          .statusCode(401);
    }
    Response slowed = login(instanceA, "198.51.100.77", email, "Correct-h0rse");
    slowed
        .then()
        .statusCode(429)
        .contentType(startsWith("application/problem+json"))
        .body("type", equalTo("https://vita.dev/problems/too-many-requests"));
    long retryAfter = Long.parseLong(slowed.header("Retry-After"));
    assertTrue(retryAfter >= 1 && retryAfter <= 2, () -> retryAfter + " s: the first backoff step");
    login(instanceB, "198.51.100.78", email, "Correct-h0rse").then().statusCode(429);
    Thread.sleep(retryAfter * 1000);
    // Slowed, never locked: once the step has passed, the owner gets in from anywhere.
    login(instanceB, "198.51.100.79", email, "Correct-h0rse").then().statusCode(200);
  }

  private static Response login(
      PayaraMicroServer instance, String client, String email, String password) {
    return given(client(instance, client))
        .contentType("application/json")
        .body(Map.of("email", email, "password", password))
        .post("/api/v1/auth/login");
  }

  private static Response get(PayaraMicroServer instance, String client) {
    return given(client(instance, client)).get(API);
  }

  /** A request from the test, which the instance trusts as a proxy, on behalf of the client. */
  private static RequestSpecification client(PayaraMicroServer instance, String client) {
    return given().baseUri(instance.baseUri().toString()).header("X-Forwarded-For", client);
  }

  private static void assertResetWithinWindow(String seconds) {
    long value = Long.parseLong(seconds);
    assertTrue(value > 0 && value <= WINDOW_SECONDS, () -> seconds + " seconds");
  }

  /** The value of a Prometheus series on the instance, 0 when it has not been counted yet. */
  private static double metric(PayaraMicroServer instance, String name, String tag) {
    String text =
        given()
            .baseUri(instance.baseUri().toString())
            .accept("text/plain")
            .get("/metrics")
            .asString();
    Pattern series = Pattern.compile("(?m)^" + Pattern.quote(name) + "\\{([^}]*)} (\\S+)$");
    Matcher line = series.matcher(text);
    while (line.find()) {
      if (tag == null || ("," + line.group(1)).contains("," + tag)) {
        return Double.parseDouble(line.group(2));
      }
    }
    return 0;
  }
}
