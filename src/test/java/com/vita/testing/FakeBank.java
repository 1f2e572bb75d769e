package com.vita.testing;

import com.sun.net.httpserver.HttpExchange;
import jakarta.json.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A stand-in for a Banesco-style bank API: the OAuth 2.0 token endpoint of RFC 6749 §4.4 ({@code
 * POST /oauth/token}, form {@code grant_type=client_credentials}, client by HTTP Basic; {@code
 * {access_token, token_type, expires_in}}; errors as §5.2: 401 {@code invalid_client}, 400 {@code
 * unsupported_grant_type}) and VITA's assumed lookup {@code GET /v1/transactions/{reference}} with
 * a Bearer token (RFC 6750: 401 {@code invalid_token} for an unknown or expired one), answering the
 * transactions a test seeds, 404 for others.
 *
 * <p>It counts the tokens it issued, lets a test set their lifetime, can answer the lookup with an
 * error status N times, and records each lookup's arrival by its clock — which a test may replace
 * with the controlled clock VITA's client runs on, so "never early" is checked on one time line.
 */
public final class FakeBank implements AutoCloseable {

  public static final String CLIENT_ID = "vita-test-client";
  public static final String CLIENT_SECRET = "test-banesco-client-secret";
  public static final String ACCOUNT = "01340000000000000001";
  public static final String TOKEN_PATH = "/oauth/token";
  public static final String TRANSACTIONS_PATH = "/v1/transactions";

  private final LocalHttpServer server;
  private final Map<String, Instant> tokens = new ConcurrentHashMap<>();
  private final Map<String, String> transactions = new ConcurrentHashMap<>();
  private final AtomicInteger tokensIssued = new AtomicInteger();
  private final AtomicInteger failuresLeft = new AtomicInteger();
  private final AtomicInteger failureStatus = new AtomicInteger(500);
  private final AtomicReference<Duration> tokenLifetime =
      new AtomicReference<>(Duration.ofHours(1));
  private final List<Instant> lookups = new ArrayList<>();
  private volatile Clock clock = Clock.systemUTC();

  private FakeBank(LocalHttpServer server) {
    this.server = server;
  }

  public static FakeBank start() throws IOException {
    LocalHttpServer server = LocalHttpServer.create();
    FakeBank bank = new FakeBank(server);
    server.createContext(TOKEN_PATH, bank::token);
    server.createContext(TRANSACTIONS_PATH + "/", bank::transaction);
    server.start();
    return bank;
  }

  public String baseUrl() {
    return server.baseUrl();
  }

  public String tokenUrl() {
    return baseUrl() + TOKEN_PATH;
  }

  /** The clock the fake stamps lookups and expires tokens by. */
  public void clock(Clock clock) {
    this.clock = clock;
  }

  /** The {@code expires_in} of the tokens issued from now on. */
  public void tokenLifetime(Duration lifetime) {
    tokenLifetime.set(lifetime);
  }

  /** The bank holds this transaction, credited to VITA's account unless {@link #seedTo} says. */
  public void seed(
      String reference, String amount, String currency, LocalDate date, String status) {
    seedTo(reference, amount, currency, date, status, ACCOUNT);
  }

  public void seedTo(
      String reference,
      String amount,
      String currency,
      LocalDate date,
      String status,
      String account) {
    transactions.put(
        reference,
        Json.createObjectBuilder()
            .add("reference", reference)
            .add("amount", amount)
            .add("currency", currency)
            .add("date", date.toString())
            .add("status", status)
            .add("creditAccount", account)
            .add("debitAccount", "01340000000000009999")
            .build()
            .toString());
  }

  /** The next {@code times} lookups answer {@code status} (500, 503, 429…). */
  public void failNext(int times, int status) {
    failureStatus.set(status);
    failuresLeft.set(times);
  }

  /** The bank revokes every token it issued (as at a key rotation): lookups with them get 401. */
  public void revokeTokens() {
    tokens.clear();
  }

  public int tokensIssued() {
    return tokensIssued.get();
  }

  /** When each lookup arrived, by the fake's clock, in order. */
  public List<Instant> lookups() {
    synchronized (lookups) {
      return List.copyOf(lookups);
    }
  }

  private void token(HttpExchange exchange) throws IOException {
    String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    if (!"POST".equals(exchange.getRequestMethod())) {
      answer(exchange, 405, "{\"error\":\"invalid_request\"}");
      return;
    }
    String expected =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
    if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
      exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"bank\"");
      answer(exchange, 401, "{\"error\":\"invalid_client\"}");
      return;
    }
    if (!"client_credentials".equals(formValue(form, "grant_type"))) {
      answer(exchange, 400, "{\"error\":\"unsupported_grant_type\"}");
      return;
    }
    String token = UUID.randomUUID().toString();
    Duration lifetime = tokenLifetime.get();
    tokens.put(token, clock.instant().plus(lifetime));
    tokensIssued.incrementAndGet();
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    answer(
        exchange,
        200,
        Json.createObjectBuilder()
            .add("access_token", token)
            .add("token_type", "Bearer")
            .add("expires_in", lifetime.toSeconds())
            .build()
            .toString());
  }

  private void transaction(HttpExchange exchange) throws IOException {
    Instant arrived = clock.instant();
    synchronized (lookups) {
      lookups.add(arrived);
    }
    if (!"GET".equals(exchange.getRequestMethod())) {
      answer(exchange, 405, "{\"error\":\"method_not_allowed\"}");
      return;
    }
    if (failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      answer(exchange, failureStatus.get(), "{\"error\":\"server_error\"}");
      return;
    }
    String auth = exchange.getRequestHeaders().getFirst("Authorization");
    Instant expiry =
        auth != null && auth.startsWith("Bearer ") ? tokens.get(auth.substring(7)) : null;
    if (expiry == null || !arrived.isBefore(expiry)) {
      exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer error=\"invalid_token\"");
      answer(exchange, 401, "{\"error\":\"invalid_token\"}");
      return;
    }
    String reference =
        URLDecoder.decode(
            exchange.getRequestURI().getPath().substring(TRANSACTIONS_PATH.length() + 1),
            StandardCharsets.UTF_8);
    String found = transactions.get(reference);
    if (found == null) {
      answer(exchange, 404, "{\"error\":\"not_found\"}");
      return;
    }
    answer(exchange, 200, found);
  }

  private static String formValue(String form, String name) {
    for (String pair : form.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0 && name.equals(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8))) {
        return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      }
    }
    return null;
  }

  private static void answer(HttpExchange exchange, int status, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream body = exchange.getResponseBody()) {
      body.write(bytes);
    }
  }

  @Override
  public void close() {
    server.close();
  }
}
