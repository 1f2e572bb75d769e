package com.vita.platform.production;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vita.devstack.DeploymentFailed;
import com.vita.devstack.PayaraMicroServer;
import com.vita.platform.storage.S3Mock;
import com.vita.testing.Closing;
import com.vita.testing.ElasticMq;
import com.vita.testing.FakeBank;
import com.vita.testing.FakeDidit;
import com.vita.testing.OwnServer;
import com.vita.testing.VitaTestServer;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code VITA_ENV=production} on servers of this class's own: without its settings the deployment
 * is refused with one line per missing setting, before the schema is touched; with all of them set
 * (test doubles: the shared fake DIDIT, GreenMail and Redis, an S3Mock, the suite's key pair) it
 * starts, and keeps {@code /metrics} and OpenAPI to {@code METRICS_ALLOWED_NETWORKS}.
 */
class ProductionModeIT {

  /** The operators' network here; the test client is 127.0.0.1, a trusted proxy. */
  private static final String OPERATORS = "10.0.0.0/8";

  private static final String OPERATOR = "10.1.2.3";
  private static final String STRANGER = "203.0.113.9";

  private static S3Mock s3;
  private static ElasticMq sqs;
  private static PayaraMicroServer server;

  @BeforeAll
  static void startWithEverySettingProductionNeeds() throws Exception {
    s3 = S3Mock.start("vita-production");
    sqs = ElasticMq.start(5, 30);
    Map<String, String> settings = new HashMap<>();
    settings.put("VITA_ENV", "production");
    settings.put("REDIS_URL", VitaTestServer.stack().redisUrl());
    settings.put("MAIL_SMTP_HOST", "127.0.0.1");
    settings.put("MAIL_SMTP_PORT", Integer.toString(VitaTestServer.mailbox().getSmtp().getPort()));
    settings.put("MAIL_SMTP_STARTTLS", "false");
    settings.put("STORAGE_S3_BUCKET", "vita-production");
    settings.put("STORAGE_S3_REGION", "us-east-1");
    settings.put("STORAGE_S3_ENDPOINT", s3.endpoint().toString());
    settings.put("AWS_ACCESS_KEY_ID", "test-key");
    settings.put("AWS_SECRET_ACCESS_KEY", "test-secret");
    settings.put("OUTBOX_SQS_QUEUE_URL", sqs.queueUrl());
    settings.put("OUTBOX_SQS_REGION", ElasticMq.REGION);
    settings.put("OUTBOX_SQS_ENDPOINT", sqs.endpoint().toString());
    settings.put("KYC_DIDIT_BASE_URL", VitaTestServer.didit().baseUrl());
    settings.put("KYC_DIDIT_API_KEY", FakeDidit.API_KEY);
    settings.put("KYC_DIDIT_WORKFLOW_ID", FakeDidit.WORKFLOW_ID);
    settings.put("KYC_DIDIT_WEBHOOK_SECRET", FakeDidit.WEBHOOK_SECRET);
    settings.put("STRIPE_SECRET_KEY", "sk_live_not_called_here");
    settings.put("STRIPE_WEBHOOK_SECRET", "whsec_not_called_here");
    settings.put("CREGIS_API_KEY", "cregis_key_not_called_here");
    settings.put("CREGIS_PROJECT_ID", "1382528827416576");
    settings.put("CREGIS_RATES", "USD=1");
    settings.put("BANESCO_API_URL", VitaTestServer.bank().baseUrl());
    settings.put("BANESCO_TOKEN_URL", VitaTestServer.bank().tokenUrl());
    settings.put("BANESCO_CLIENT_ID", FakeBank.CLIENT_ID);
    settings.put("BANESCO_CLIENT_SECRET", FakeBank.CLIENT_SECRET);
    settings.put("BANESCO_ACCOUNT", FakeBank.ACCOUNT);
    settings.put("METRICS_ALLOWED_NETWORKS", OPERATORS);
    settings.put("RATELIMIT_TRUSTED_PROXIES", "127.0.0.1");
    settings.put("VITA_PUBLIC_BASE_URL", "https://api.vita.example");
    // JWT_SIGNING_KEY_LOCATION and MP_JWT_VERIFY_PUBLICKEY_LOCATION: OwnServer's, the suite's pair.
    server = OwnServer.start("production", settings);
  }

  @AfterAll
  static void stop() throws Exception {
    Closing.all(server, s3, sqs);
  }

  @Test
  void withoutItsSettingsItRefusesToStartNamingEachOne() throws Exception {
    Map<String, String> nothing = new HashMap<>();
    nothing.put("VITA_ENV", "production");
    // Blank is unset for MicroProfile Config, whatever this JVM's environment holds.
    for (String variable :
        List.of(
            "REDIS_URL",
            "MAIL_SMTP_HOST",
            "STORAGE_S3_BUCKET",
            "KYC_DIDIT_API_KEY",
            "KYC_DIDIT_WORKFLOW_ID",
            "KYC_DIDIT_WEBHOOK_SECRET",
            "JWT_SIGNING_KEY",
            "JWT_SIGNING_KEY_LOCATION",
            "MP_JWT_VERIFY_PUBLICKEY",
            "MP_JWT_VERIFY_PUBLICKEY_LOCATION",
            "VITA_PUBLIC_BASE_URL",
            "OUTBOX_SQS_QUEUE_URL",
            "STRIPE_SECRET_KEY",
            "STRIPE_WEBHOOK_SECRET",
            "CREGIS_API_KEY",
            "CREGIS_PROJECT_ID",
            "CREGIS_RATES",
            "BANESCO_CLIENT_SECRET",
            "BANESCO_CLIENT_ID",
            "BANESCO_TOKEN_URL",
            "BANESCO_API_URL",
            "BANESCO_ACCOUNT")) {
      nothing.put(variable, "");
    }
    Instant start = Instant.now();

    DeploymentFailed refused =
        assertThrows(
            DeploymentFailed.class, () -> OwnServer.start("production-refused", nothing).close());

    Duration took = Duration.between(start, Instant.now());
    System.out.println("Refused in " + took + ":\n" + refused.getMessage());
    List<String> lines = refused.errors();
    assertEquals(
        List.of(
            "KYC_DIDIT_API_KEY",
            "KYC_DIDIT_WORKFLOW_ID",
            "KYC_DIDIT_WEBHOOK_SECRET",
            "BANESCO_CLIENT_SECRET",
            "BANESCO_CLIENT_ID",
            "BANESCO_TOKEN_URL",
            "BANESCO_API_URL",
            "BANESCO_ACCOUNT",
            "CREGIS_API_KEY",
            "CREGIS_PROJECT_ID",
            "CREGIS_RATES",
            "STORAGE_S3_BUCKET",
            "JWT_SIGNING_KEY or JWT_SIGNING_KEY_LOCATION",
            "MP_JWT_VERIFY_PUBLICKEY_LOCATION or MP_JWT_VERIFY_PUBLICKEY",
            "REDIS_URL",
            "VITA_PUBLIC_BASE_URL",
            "MAIL_SMTP_HOST",
            "OUTBOX_SQS_QUEUE_URL",
            "STRIPE_SECRET_KEY",
            "STRIPE_WEBHOOK_SECRET"),
        lines.subList(0, lines.size() - 1).stream()
            .map(line -> line.substring(0, line.indexOf(" is not set: without it, ")))
            .toList(),
        refused::getMessage);
    assertTrue(
        lines.get(lines.size() - 1).startsWith("VITA_ENV=production: refusing to start"),
        refused::getMessage);
    assertTrue(took.compareTo(Duration.ofMinutes(1)) < 0, "refused at once, not at a timeout");
    String log =
        Files.readString(
            VitaTestServer.layout("production-refused").workDir().resolve("payara.log"),
            StandardCharsets.UTF_8);
    assertFalse(log.contains("Schema at version"), "refused before the migration");
  }

  @Test
  void withThemAllItStartsAndSaysSo() throws Exception {
    given(api()).get("/health/ready").then().statusCode(200);
    given(api())
        .get("/health/ready")
        .then()
        .body("checks.find { it.name == 'kyc' }.data.mode", equalTo("didit"))
        .body("checks.find { it.name == 'storage' }.data.mode", equalTo("s3"))
        .body("checks.find { it.name == 'redis' }.data.mode", equalTo("redis"));
    String log = Files.readString(server.log(), StandardCharsets.UTF_8);
    assertTrue(log.contains("Production mode: no local fallback is in use"), "the start-up line");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/metrics", "/openapi", "/openapi-ui/"})
  void operatorsEndpointsAnswerOnlyTheOperatorsNetwork(String path) {
    given(api()).header("X-Forwarded-For", OPERATOR).get(path).then().statusCode(200);

    for (String client : List.of(STRANGER, OPERATOR + ", " + STRANGER)) {
      given(api())
          .header("X-Forwarded-For", client)
          .get(path)
          .then()
          .statusCode(404)
          .contentType("application/problem+json")
          .body("type", equalTo("https://vita.dev/problems/not-found"))
          .body("instance", equalTo(path));
    }
    // The proxy itself (loopback) is not in the operators' network either.
    given(api()).get(path).then().statusCode(404);
  }

  @Test
  void absoluteUrlsComeFromThePublicBaseUrl() {
    given(api())
        .redirects()
        .follow(false)
        .header("X-Forwarded-For", OPERATOR)
        .header("Host", "evil.example")
        .get("/openapi-ui")
        .then()
        .statusCode(301)
        .header("Location", "https://api.vita.example/openapi-ui/");
    // The swagger-ui webjar's own tree stays hidden, operators included.
    given(api())
        .header("X-Forwarded-For", OPERATOR)
        .get("/webjars/swagger-ui/")
        .then()
        .statusCode(404);
  }

  @Test
  void theRestStaysPublic() {
    given(api())
        .header("X-Forwarded-For", STRANGER)
        .get("/api/v1/shipping/methods/CL")
        .then()
        .statusCode(200);
    given(api()).header("X-Forwarded-For", STRANGER).get("/health/ready").then().statusCode(200);
  }

  private static RequestSpecification api() {
    return OwnServer.api(server);
  }
}
