package com.vita.testing;

import com.sun.net.httpserver.HttpExchange;
import com.vita.kyc.control.DiditSignature;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A stand-in for DIDIT's verification API, built from its documentation: {@code POST /v3/session/}
 * with the {@code x-api-key} header and a {@code workflow_id} answers 201 with a {@code
 * session_id}, the hosted {@code url} and status {@code Not Started} (403 for a wrong key, 400
 * without a workflow). It also signs webhook bodies as DIDIT does, with the webhook secret.
 *
 * <p>It counts every session request it receives, and a test can make it fail for a while ({@link
 * #failWith}, {@link #answerAfter}): the returned {@link Outage} restores normal answers when
 * closed, so a test holds it in try-with-resources and the fake is healthy again whatever happens.
 */
public final class FakeDidit implements AutoCloseable {

  public static final String API_KEY = "test-didit-api-key";
  public static final String WORKFLOW_ID = "11111111-2222-3333-4444-555555555555";
  public static final String WEBHOOK_SECRET = "test-didit-webhook-secret";

  private final LocalHttpServer server;
  private final Map<String, String> vendorDataBySession = new ConcurrentHashMap<>();
  private final AtomicInteger sessionRequests = new AtomicInteger();
  private final AtomicReference<Behaviour> behaviour = new AtomicReference<>(Behaviour.HEALTHY);

  /** How session requests are answered: normally, with an error status, or late. */
  private record Behaviour(int failureStatus, Duration delay) {
    static final Behaviour HEALTHY = new Behaviour(0, Duration.ZERO);
  }

  /** A failure the fake is in until closed. */
  public final class Outage implements AutoCloseable {
    private final Behaviour during;

    private Outage(Behaviour during) {
      this.during = during;
    }

    /** Back to normal answers (only if no later outage replaced this one). */
    @Override
    public void close() {
      behaviour.compareAndSet(during, Behaviour.HEALTHY);
    }
  }

  private FakeDidit(LocalHttpServer server) {
    this.server = server;
  }

  public static FakeDidit start() throws IOException {
    LocalHttpServer server = LocalHttpServer.create();
    FakeDidit didit = new FakeDidit(server);
    server.createContext("/v3/session/", didit::createSession);
    server.start();
    return didit;
  }

  /** Every session request answers this status (e.g. 503) until the outage is closed. */
  public Outage failWith(int status) {
    return begin(new Behaviour(status, Duration.ZERO));
  }

  /** Every session request is answered normally, but only after this delay, until closed. */
  public Outage answerAfter(Duration delay) {
    return begin(new Behaviour(0, delay));
  }

  private Outage begin(Behaviour during) {
    behaviour.set(during);
    return new Outage(during);
  }

  /** How many session requests arrived so far, answered or not. */
  public int sessionRequests() {
    return sessionRequests.get();
  }

  private void createSession(HttpExchange exchange) throws IOException {
    if (!"POST".equals(exchange.getRequestMethod())) {
      answer(exchange, 405, "{\"detail\":\"Method not allowed\"}");
      return;
    }
    sessionRequests.incrementAndGet();
    Behaviour now = behaviour.get();
    if (now.failureStatus() != 0) {
      exchange.getRequestBody().readAllBytes();
      answer(exchange, now.failureStatus(), "{\"detail\":\"Service unavailable\"}");
      return;
    }
    if (!now.delay().isZero()) {
      try {
        Thread.sleep(now.delay().toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        exchange.close();
        return;
      }
    }
    if (!API_KEY.equals(exchange.getRequestHeaders().getFirst("x-api-key"))) {
      answer(exchange, 403, "{\"detail\":\"Invalid API key\"}");
      return;
    }
    JsonObject request;
    try (InputStream in = exchange.getRequestBody();
        JsonReader reader = Json.createReader(in)) {
      request = reader.readObject();
    } catch (RuntimeException e) {
      answer(exchange, 400, "{\"detail\":\"Invalid JSON\"}");
      return;
    }
    if (!WORKFLOW_ID.equals(request.getString("workflow_id", ""))) {
      answer(exchange, 400, "{\"workflow_id\":[\"Invalid workflow\"]}");
      return;
    }
    String sessionId = UUID.randomUUID().toString();
    String token = sessionId.substring(0, 12);
    String vendorData = request.getString("vendor_data", "");
    vendorDataBySession.put(sessionId, vendorData);
    String body =
        Json.createObjectBuilder()
            .add("session_id", sessionId)
            .add("session_number", vendorDataBySession.size())
            .add("session_token", token)
            .add("url", sessionUrl(token))
            .add("vendor_data", vendorData)
            .add("status", "Not Started")
            .add("workflow_id", WORKFLOW_ID)
            .add("callback", request.getString("callback", ""))
            .build()
            .toString();
    answer(exchange, 201, body);
  }

  private static void answer(HttpExchange exchange, int status, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream body = exchange.getResponseBody()) {
      body.write(bytes);
    }
  }

  public String baseUrl() {
    return server.baseUrl();
  }

  /** The hosted verification page DIDIT would send the person to. */
  public String sessionUrl(String token) {
    return baseUrl() + "/session/" + token;
  }

  /** The {@code vendor_data} a session was created with, or null for a session never created. */
  public String vendorDataOf(String sessionId) {
    return vendorDataBySession.get(sessionId);
  }

  /** The {@code X-Signature} DIDIT sends with this body. */
  public static String sign(byte[] body) {
    return new DiditSignature(WEBHOOK_SECRET, Duration.ofMinutes(5)).sign(body);
  }

  @Override
  public void close() {
    server.close();
  }
}
