package com.vita.platform.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vita.devstack.DatabaseSettings;
import com.vita.devstack.EmbeddedPostgres;
import com.vita.devstack.FreePort;
import com.vita.devstack.LocalSigningKey;
import com.vita.devstack.PayaraMicroServer;
import com.vita.testing.Closing;
import com.vita.testing.VitaTestServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Readiness follows the database: DOWN within seconds of PostgreSQL stopping, UP again once it is
 * back, with no restart of VITA. Runs on a server and database of its own (whatever the shared
 * server uses), since it stops the database under it.
 */
class DatabaseOutageIT {

  private static final Duration NOTICED_WITHIN = Duration.ofSeconds(10);
  private static final Duration RECOVERED_WITHIN = Duration.ofSeconds(30);
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static EmbeddedPostgres postgres;
  private static PayaraMicroServer server;

  @BeforeAll
  static void startOwnServer() throws Exception {
    postgres = EmbeddedPostgres.start(VitaTestServer.dataDir().resolve("outage-postgres"), 0);
    server =
        PayaraMicroServer.start(
            VitaTestServer.layout("outage"),
            DatabaseSettings.fromUrl(postgres.jdbcUrl(), postgres.user(), postgres.password()),
            FreePort.find(),
            settings(),
            false);
  }

  /**
   * The suite's settings (relaxed limits: against a machine Redis the suite's requests from
   * 127.0.0.1 add up across servers and runs) and the token key.
   */
  private static java.util.Map<String, String> settings() throws IOException {
    java.util.Map<String, String> settings = new java.util.HashMap<>(VitaTestServer.SUITE_SETTINGS);
    settings.putAll(LocalSigningKey.environment(VitaTestServer.dataDir().resolve("keys")));
    return settings;
  }

  @AfterAll
  static void stopOwnServer() throws Exception {
    Closing.all(server, postgres);
  }

  @Test
  void readinessGoesDownWithTheDatabaseAndRecoversWithoutARestart() throws Exception {
    assertEquals(200, readiness());

    postgres.stop();
    Duration noticed = timeUntilReadinessIs(503, NOTICED_WITHIN);
    registrationIsUnavailableNotAConflict();

    postgres.start();
    Duration recovered = timeUntilReadinessIs(200, RECOVERED_WITHIN);

    System.out.printf(
        "readiness DOWN %d ms after PostgreSQL stopped, UP %d ms after it came back%n",
        noticed.toMillis(), recovered.toMillis());
  }

  /**
   * A registration while the database is away is a 503 with Retry-After: neither a 409 ("already
   * registered", what any persistence failure used to read as) nor a 500.
   */
  private static void registrationIsUnavailableNotAConflict() throws Exception {
    String body =
        "{\"email\":\"outage-"
            + java.util.UUID.randomUUID()
            + "@example.com\",\"password\":\"Correct-h0rse\",\"name\":\"Outage\"}";
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(server.baseUri() + "/api/v1/auth/register"))
            .header("Content-Type", "application/json")
            .timeout(Duration.ofSeconds(30))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    assertEquals(503, response.statusCode(), response.body());
    assertEquals(
        "application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
    assertTrue(response.headers().firstValue("Retry-After").isPresent(), "Retry-After");
  }

  private static Duration timeUntilReadinessIs(int status, Duration limit) throws Exception {
    Instant start = Instant.now();
    int last = -1;
    while (Duration.between(start, Instant.now()).compareTo(limit) < 0) {
      last = readiness();
      if (last == status) {
        return Duration.between(start, Instant.now());
      }
      Thread.sleep(200);
    }
    throw new AssertionError(
        "readiness was still " + last + " after " + limit + ", expected " + status);
  }

  private static int readiness() throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(server.baseUri() + "/health/ready"))
            .timeout(Duration.ofSeconds(5))
            .build();
    return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }
}
