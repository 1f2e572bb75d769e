package com.vita.kyc.boundary;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vita.devstack.PayaraMicroServer;
import com.vita.testing.Closing;
import com.vita.testing.FakeDidit;
import com.vita.testing.OwnServer;
import com.vita.testing.TestAccounts;
import com.vita.testing.TestDatabase;
import com.vita.testing.TestMetrics;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a failing DIDIT does to {@code POST /kyc/initiate}: retries, the circuit breaker and the
 * timeout of {@code DiditGateway}, against a fake DIDIT that is made to fail. Runs on a server and
 * a fake of this class's own: the breaker's state lives in the server for as long as it runs, and
 * an open circuit on the shared server would fail every KYC test after this one. The server
 * shortens the breaker's delay (30 s) and the timeout (8 s) through MicroProfile Fault Tolerance's
 * configuration, which is also how production would tune them. The breaker's metrics show it opened
 * once and stayed open: with the delay written as 30 SECONDS, Payara held it open for 30 ms.
 *
 * <p>The steps share the one breaker, so they are one test, in order.
 */
class DiditFaultToleranceIT {

  private static final Duration BREAKER_DELAY = Duration.ofSeconds(5);
  private static final Duration TIMEOUT = Duration.ofSeconds(2);
  private static final String CALLS =
      "didit_api_calls_total{mp_scope=\"application\",operation=\"create_session\",result=\"%s\"}";
  private static final String METHOD =
      "method=\"com.vita.kyc.control.DiditGateway.createSession\",mp_scope=\"base\"";
  private static final String OPENED = "ft_circuitbreaker_opened_total{" + METHOD + "}";
  private static final String PREVENTED =
      "ft_circuitbreaker_calls_total{circuitBreakerResult=\"circuitBreakerOpen\"," + METHOD + "}";
  private static final String TIMED_OUT =
      "ft_timeout_calls_total{" + METHOD + ",timedOut=\"true\"}";

  private static FakeDidit didit;
  private static PayaraMicroServer server;

  @BeforeAll
  static void startServerAndFake() throws Exception {
    didit = FakeDidit.start();
    String gateway = "com.vita.kyc.control.DiditGateway/createSession/";
    server =
        OwnServer.start(
            "kyc-didit-faults",
            Map.ofEntries(
                Map.entry("KYC_DIDIT_BASE_URL", didit.baseUrl()),
                Map.entry("KYC_DIDIT_API_KEY", FakeDidit.API_KEY),
                Map.entry("KYC_DIDIT_WORKFLOW_ID", FakeDidit.WORKFLOW_ID),
                Map.entry("KYC_DIDIT_WEBHOOK_SECRET", FakeDidit.WEBHOOK_SECRET),
                // Fault Tolerance's own keys as environment variables: MicroProfile Config maps
                // COM_VITA_KYC_..._CIRCUITBREAKER_DELAY to com.vita.kyc...CircuitBreaker/delay.
                // in milliseconds, the annotation's unit (Payara reads it so whatever the unit)
                Map.entry(
                    environmentName(gateway + "CircuitBreaker/delay"),
                    Long.toString(BREAKER_DELAY.toMillis())),
                // in the annotation's unit, seconds
                Map.entry(
                    environmentName(gateway + "Timeout/value"), Long.toString(TIMEOUT.toSeconds())),
                Map.entry("AUTH_BCRYPT_COST", "10"),
                // Polling for the half-open circuit must not run into the per-user limit.
                Map.entry("RATE_LIMIT_MAX_REQUESTS", "100000")));
  }

  @AfterAll
  static void stop() throws Exception {
    Closing.all(server, didit);
  }

  @Test
  void retriesThenAnOpenCircuitThenRecoveryThenATimeout() throws Exception {
    // Everyone registers first: once the circuit is open, the steps race its delay.
    TestAccounts.Registered warm = TestAccounts.register(api());
    TestAccounts.Registered first = TestAccounts.register(api());
    TestAccounts.Registered second = TestAccounts.register(api());
    TestAccounts.Registered third = TestAccounts.register(api());
    TestAccounts.Registered fourth = TestAccounts.register(api());

    // A healthy DIDIT first: the path works, and the client is warm before the timeout matters.
    initiate(warm).then().statusCode(200).body("sandbox", equalTo(false));

    // 1. DIDIT answers 503: one initiate is three calls (two retries), then a clear 503.
    try (FakeDidit.Outage outage = didit.failWith(503)) {
      double errorsBefore = calls("http_5xx");
      int before = didit.sessionRequests();
      assertUnavailable(initiate(first));
      assertEquals(3, didit.sessionRequests() - before, "one call and two retries");
      assertEquals(3, calls("http_5xx") - errorsBefore, "every failed call counted");
      assertNothingStarted(first);

      // 2. Failures keep coming: the circuit opens within a few initiates, and then an initiate
      // fails fast without reaching DIDIT at all.
      boolean reachedDidit = true;
      for (int attempt = 0; attempt < 3 && reachedDidit; attempt++) {
        int sent = didit.sessionRequests();
        assertUnavailable(initiate(second));
        reachedDidit = didit.sessionRequests() > sent;
      }
      assertTrue(!reachedDidit, "the circuit opened: an initiate no longer reaches DIDIT");
      int whileOpen = didit.sessionRequests();
      double prevented = metric(PREVENTED);
      assertUnavailable(initiate(second));
      assertEquals(whileOpen, didit.sessionRequests(), "open circuit: DIDIT is left alone");
      assertEquals(1, metric(PREVENTED) - prevented, "the breaker stopped the call");
      assertEquals(1, metric(OPENED), "opened once, and stays open for its delay");
      assertNothingStarted(second);
    }

    // 3. DIDIT is back: once the breaker's delay has passed, a trial call goes through and closes
    // the circuit. Until then initiates still fail fast.
    int beforeRecovery = didit.sessionRequests();
    Instant deadline = Instant.now().plus(BREAKER_DELAY).plusSeconds(15);
    Response recovered = initiate(third);
    while (recovered.statusCode() == 503 && Instant.now().isBefore(deadline)) {
      assertEquals(beforeRecovery, didit.sessionRequests(), "no call while the circuit is open");
      Thread.sleep(250);
      recovered = initiate(third);
    }
    recovered.then().statusCode(200).body("sandbox", equalTo(false));
    assertEquals(beforeRecovery + 1, didit.sessionRequests(), "one trial call closed it");
    String session = recovered.path("sessionId");
    assertEquals(third.userId(), didit.vendorDataOf(session));
    status(third).then().body("state", equalTo("pending"));

    // 4. DIDIT answers, but later than the timeout: VITA refuses the late answer (503), tries no
    // second time (a timeout is not retried) and starts nothing. It does wait for the answer,
    // though: a blocking read is not interrupted (see DiditGateway).
    try (FakeDidit.Outage outage = didit.answerAfter(TIMEOUT.plusSeconds(1))) {
      int before = didit.sessionRequests();
      double timedOut = metric(TIMED_OUT);
      assertUnavailable(initiate(fourth));
      assertEquals(1, didit.sessionRequests() - before, "a timeout is not retried");
      assertEquals(1, metric(TIMED_OUT) - timedOut, "Fault Tolerance's timeout refused it");
      assertNothingStarted(fourth);
    }
  }

  private static void assertUnavailable(Response response) {
    response
        .then()
        .statusCode(503)
        .contentType(startsWith("application/problem+json"))
        .header("Retry-After", Long.toString(BREAKER_DELAY.toSeconds()))
        .body("type", equalTo("https://vita.dev/problems/service-unavailable"))
        .body("status", equalTo(503))
        .body("detail", equalTo("Identity verification is unavailable; try again later"));
  }

  /** No session row, and the account still not started: a failed initiate leaves no trace. */
  private static void assertNothingStarted(TestAccounts.Registered user) throws Exception {
    assertEquals(
        0,
        TestDatabase.rows(
                "select 1 from kyc_verification where account_id = ?::uuid", user.userId())
            .size(),
        "no verification stored");
    status(user).then().statusCode(200).body("state", equalTo("not_started"));
  }

  private static double calls(String result) {
    return metric(String.format(CALLS, result));
  }

  private static double metric(String series) {
    return TestMetrics.value(api(), series);
  }

  private static String environmentName(String key) {
    return key.replaceAll("[^A-Za-z0-9_]", "_").toUpperCase(java.util.Locale.ROOT);
  }

  private static RequestSpecification api() {
    return OwnServer.api(server);
  }

  private static Response initiate(TestAccounts.Registered user) {
    return KycCalls.initiate(api(), user);
  }

  private static Response status(TestAccounts.Registered user) {
    return KycCalls.status(api(), user, user.userId());
  }
}
