package com.vita.payments.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import com.vita.platform.providers.ProviderRefused;
import com.vita.platform.providers.ProviderUnavailable;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the bank client makes of answers that are not what RFC 6749 or the agreed lookup shape say:
 * each is a refusal (or, for a 5xx or 429, the bank being unavailable, which Fault Tolerance
 * retries), counted by its type, never a token or a transaction made up from half an answer.
 */
class BankAnswersTest {

  private HttpServer server;
  private volatile int status;
  private volatile String body;
  private final List<String> counted = new ArrayList<>();

  private final BankApiMetrics metrics =
      new BankApiMetrics() {
        @Override
        public void call(String endpoint, String result, long startNanos) {
          counted.add(endpoint + ":" + result);
        }

        @Override
        public void error(String type) {
          counted.add("error:" + type);
        }

        @Override
        public void rateLimitHeld() {}
      };

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(status, bytes.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
          }
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private BankHttp bank(String base) {
    return new BankHttp(
        new BankHttp.Settings(
            URI.create(base + "/token"),
            URI.create(base + "/v1/transactions"),
            "vita",
            "secret",
            Duration.ofSeconds(2),
            Duration.ofSeconds(2)),
        metrics);
  }

  private BankHttp bank() {
    return bank("http://127.0.0.1:" + server.getAddress().getPort());
  }

  private void answer(int status, String body) {
    this.status = status;
    this.body = body;
  }

  @Test
  void aTokenAnswerWithoutABearerTokenIsRefused() {
    answer(200, "{\"access_token\":\"\",\"token_type\":\"bearer\"}");
    assertThrows(ProviderRefused.class, () -> bank().token());
    answer(200, "{\"access_token\":\"t\",\"token_type\":\"mac\"}");
    assertThrows(ProviderRefused.class, () -> bank().token());
    assertEquals(2, counted.stream().filter("error:invalid_answer"::equals).count());
  }

  @Test
  void aTokenLifetimeThatIsNotAPositiveWholeNumberIsRefused() {
    answer(200, "{\"access_token\":\"t\",\"token_type\":\"Bearer\",\"expires_in\":\"soon\"}");
    assertThrows(ProviderRefused.class, () -> bank().token());
    answer(200, "{\"access_token\":\"t\",\"token_type\":\"Bearer\",\"expires_in\":0}");
    assertThrows(ProviderRefused.class, () -> bank().token());
    answer(200, "{\"access_token\":\"t\",\"token_type\":\"Bearer\"}");
    assertTrue(bank().token().expiresIn().toSeconds() > 0, "no expires_in: a default lifetime");
  }

  @Test
  void anOAuthErrorIsARefusalAndA5xxOrA429IsTheBankUnavailable() {
    answer(401, "{\"error\":\"invalid_client\",\"error_description\":\"unknown client\"}");
    ProviderRefused refused = assertThrows(ProviderRefused.class, () -> bank().token());
    assertEquals(401, refused.status());
    answer(503, "down");
    assertThrows(ProviderUnavailable.class, () -> bank().token());
    answer(429, "{}");
    assertThrows(ProviderUnavailable.class, () -> bank().transaction("TRF-1", "t"));
    assertTrue(counted.contains("error:client_error"), counted::toString);
    assertTrue(counted.contains("error:server_error"), counted::toString);
  }

  @Test
  void aLookupAnswerOfAnotherShapeOrNotJsonIsRefused() {
    answer(200, "not json");
    assertThrows(ProviderRefused.class, () -> bank().transaction("TRF-1", "t"));
    answer(200, "{\"amount\":\"10.00\",\"currency\":\"XXQ\",\"date\":\"2026-12-01\"}");
    assertThrows(ProviderRefused.class, () -> bank().transaction("TRF-1", "t"));
    answer(200, "{\"amount\":\"10.001\",\"currency\":\"USD\",\"date\":\"2026-12-01\"}");
    assertThrows(ProviderRefused.class, () -> bank().transaction("TRF-1", "t"));
    answer(400, "{}");
    assertThrows(ProviderRefused.class, () -> bank().transaction("TRF-1", "t"));
    answer(404, "{}");
    assertTrue(bank().transaction("TRF-1", "t").isEmpty(), "404: no such transaction yet");
    answer(
        200,
        "{\"reference\":\"TRF-1\",\"amount\":\"10.00\",\"currency\":\"USD\",\"date\":\"2026-12-01\","
            + "\"status\":\"settled\",\"creditAccount\":\"0134\"}");
    BankTransaction found = bank().transaction("TRF-1", "t").orElseThrow();
    assertEquals(1_000, found.amount().minorUnits());
  }

  @Test
  void aBankThatCannotBeReachedIsUnavailableAndCounted() throws IOException {
    int closed;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closed = socket.getLocalPort();
    }
    BankHttp unreachable = bank("http://127.0.0.1:" + closed);
    assertThrows(ProviderUnavailable.class, unreachable::token);
    assertTrue(counted.contains("token:network"), counted::toString);
    assertTrue(counted.contains("error:network"), counted::toString);
  }
}
