package com.vita.testing;

import com.sun.net.httpserver.HttpExchange;
import com.vita.testing.FakeStripeObjects.ApiError;
import com.vita.testing.FakeStripeObjects.Intent;
import com.vita.testing.FakeStripeObjects.Refund;
import com.vita.testing.StripeEndpoints.Call;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in for the part of Stripe's v1 API that VITA's card payments use, built from Stripe's API
 * reference, for the real {@code com.stripe.StripeClient} pointed at {@link #baseUrl()}:
 * PaymentIntents (create, retrieve, confirm with Stripe's test payment methods, cancel) and Refunds
 * (create, retrieve), with Bearer authentication, form-encoded bodies, Stripe's error bodies and
 * statuses, and idempotent requests ({@code Idempotency-Key}: the same call is replayed byte for
 * byte with {@code Idempotent-Replayed: true}, other parameters are an {@code idempotency_error}).
 *
 * <p>Every state change raises an Event, recorded in {@link #events()} and, once a {@link
 * #webhookTarget} is set, POSTed there after the API answer, signed with {@link #WEBHOOK_SECRET}
 * exactly as Stripe signs. Every request is recorded ({@link #requests()}, {@link #count}). A test
 * can also make the webhook never come ({@link #succeedQuietly}), a refund stay pending ({@link
 * #nextRefundPending}) and deliver events by hand ({@link #eventJson}, {@link #signature}, {@link
 * #deliver}).
 *
 * <p>Idempotent results are kept, as Stripe documents, only once the endpoint ran: 2xx, 402 and
 * other non-validation answers; a 400/401/404 is not kept and the key may be used again.
 */
public final class FakeStripe implements AutoCloseable {

  public static final String SECRET_KEY = "sk_test_vita_fake";
  public static final String WEBHOOK_SECRET = "whsec_vita_fake";

  /** A request as received: params are the flat form (and query) fields, e.g. metadata[x]. */
  public record Request(
      String method,
      String path,
      Map<String, String> params,
      String idempotencyKey,
      int status,
      boolean replayed) {}

  /** One webhook delivery attempt: the target's HTTP status, or -1 when it was unreachable. */
  public record Delivery(String eventId, String type, int attempt, int status) {}

  private record Answer(int status, byte[] body, String requestId) {}

  private record Stored(String fingerprint, Answer answer) {}

  static {
    // The JDK server writes an answer's headers and body apart; without TCP_NODELAY each answer
    // waits ~40 ms for the client's delayed ACK. Read once, when the JVM's first HttpServer starts.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private final LocalHttpServer server;
  private final StripeWebhooks webhooks = new StripeWebhooks();
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  // Guarded by this: one API call at a time, so an idempotent retry sees the first one's result.
  private final StripeEndpoints endpoints = new StripeEndpoints();
  private final Map<String, Stored> idempotent = new HashMap<>();

  private FakeStripe(LocalHttpServer server) {
    this.server = server;
  }

  public static FakeStripe start() throws IOException {
    LocalHttpServer server = LocalHttpServer.create();
    FakeStripe stripe = new FakeStripe(server);
    server.createContext("/", stripe::handle);
    server.start();
    return stripe;
  }

  public String baseUrl() {
    return server.baseUrl();
  }

  private void handle(HttpExchange exchange) throws IOException {
    Call call;
    try (exchange) {
      String method = exchange.getRequestMethod();
      String path = exchange.getRequestURI().getRawPath();
      Map<String, String> params = FakeStripeObjects.form(exchange.getRequestURI().getRawQuery());
      params.putAll(
          FakeStripeObjects.form(
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
      String key =
          "POST".equals(method) ? exchange.getRequestHeaders().getFirst("Idempotency-Key") : null;
      call = new Call("req_" + FakeStripeObjects.random(14), key, new ArrayList<>());
      String fingerprint = method + " " + path + " " + new TreeMap<>(params);
      Answer answer;
      boolean replayed = false;
      synchronized (this) {
        Stored stored = key == null ? null : idempotent.get(key);
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (!("Bearer " + SECRET_KEY).equals(authorization)) {
          answer = error(call, StripeEndpoints.unauthorized(authorization));
        } else if (stored != null && stored.fingerprint().equals(fingerprint)) {
          answer = stored.answer();
          replayed = true;
        } else if (stored != null) {
          answer = error(call, StripeEndpoints.idempotencyError(key));
        } else {
          answer = answer(method, path.split("/"), params, call);
          if (key != null && answer.status() != 400 && answer.status() != 404) {
            idempotent.put(key, new Stored(fingerprint, answer));
          }
        }
        call.events().forEach(webhooks::record);
      }
      requests.add(
          new Request(
              method,
              path,
              Collections.unmodifiableMap(new LinkedHashMap<>(params)),
              key,
              answer.status(),
              replayed));
      write(exchange, answer, key, replayed);
    }
    webhooks.send(call.events());
  }

  private static void write(HttpExchange exchange, Answer answer, String key, boolean replayed)
      throws IOException {
    var headers = exchange.getResponseHeaders();
    headers.set("Content-Type", "application/json");
    headers.set("Request-Id", answer.requestId());
    headers.set("Stripe-Version", com.stripe.Stripe.API_VERSION);
    if (key != null) {
      headers.set("Idempotency-Key", key);
    }
    if (replayed) {
      headers.set("Idempotent-Replayed", "true");
      headers.set("Original-Request", answer.requestId());
    }
    exchange.sendResponseHeaders(answer.status(), answer.body().length);
    try (OutputStream body = exchange.getResponseBody()) {
      body.write(answer.body());
    }
  }

  private static Answer error(Call call, ApiError error) {
    return new Answer(error.status, bytes(error.body), call.requestId());
  }

  private static byte[] bytes(JsonObject json) {
    return json.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Routes a call: {@code parts} is the path split at "/" (so parts[0] is empty). */
  private Answer answer(String method, String[] parts, Map<String, String> params, Call call) {
    try {
      JsonObject body = endpoints.route(method, parts, params, call);
      return new Answer(200, bytes(body), call.requestId());
    } catch (ApiError e) {
      return error(call, e);
    }
  }

  // ---- test control ----

  /** Every new event is POSTed here, signed, after the API answer (null: only recorded). */
  public void webhookTarget(URI target) {
    webhooks.target(target);
  }

  /** The events raised so far, oldest first; {@code toString()} of one is its webhook payload. */
  public List<JsonObject> events() {
    return webhooks.events();
  }

  /** The webhook delivery attempts so far, oldest first. */
  public List<Delivery> deliveries() {
    return webhooks.deliveries();
  }

  /** Waits until every event raised so far was delivered (or given up on after the retries). */
  public boolean awaitWebhooks(Duration timeout) {
    return webhooks.awaitIdle(timeout);
  }

  /** The {@code Stripe-Signature} header value: {@code t=<timestamp>,v1=<hex HMAC-SHA256>}. */
  public static String signature(String payload, long timestamp, String secret) {
    return StripeWebhooks.signature(payload, timestamp, secret);
  }

  /** An Event of this type around this object, as Stripe would send it (not recorded). */
  public String eventJson(String type, JsonObject object) {
    return StripeWebhooks.event(type, object, null, null).toString();
  }

  /** POSTs a webhook payload with this {@code Stripe-Signature} header; answers the HTTP status. */
  public int deliver(URI target, String payload, String signatureHeader) {
    return webhooks.deliver(target, payload, signatureHeader);
  }

  /** The intent succeeds at Stripe, but no event is raised: "the webhook never came". */
  public synchronized void succeedQuietly(String intentId) {
    Intent intent = StripeEndpoints.known(endpoints.intents, intentId);
    if ("succeeded".equals(intent.status) || "canceled".equals(intent.status)) {
      throw new IllegalStateException(intentId + " is already " + intent.status);
    }
    intent.succeed();
  }

  /** The intent as Stripe would answer it now, or null for one never created. */
  public synchronized JsonObject intent(String id) {
    Intent intent = endpoints.intents.get(id);
    return intent == null ? null : intent.json();
  }

  /** The refund as Stripe would answer it now, or null for one never created. */
  public synchronized JsonObject refund(String id) {
    Refund refund = endpoints.refunds.get(id);
    return refund == null ? null : refund.json();
  }

  /** The next refund created answers status {@code pending} (until {@link #completeRefund}). */
  public synchronized void nextRefundPending() {
    endpoints.nextRefundPending = true;
  }

  /** A pending refund succeeds (event {@code refund.updated}). */
  public void completeRefund(String refundId) {
    settle(refundId, "succeeded", "refund.updated");
  }

  /** A pending refund fails, its amount refundable again (event {@code refund.failed}). */
  public void failRefund(String refundId) {
    settle(refundId, "failed", "refund.failed");
  }

  private void settle(String refundId, String status, String eventType) {
    JsonObject event;
    synchronized (this) {
      Refund refund = StripeEndpoints.known(endpoints.refunds, refundId);
      if (!"pending".equals(refund.status)) {
        throw new IllegalStateException(refundId + " is " + refund.status + ", not pending");
      }
      refund.status = status;
      if ("failed".equals(status)) {
        refund.failureReason = "declined";
        refund.intent.refunded -= refund.amount;
      }
      event = StripeWebhooks.event(eventType, refund.json(), null, null);
      webhooks.record(event);
    }
    webhooks.send(List.of(event));
  }

  /** Every request received so far, oldest first, answered or refused. */
  public List<Request> requests() {
    return List.copyOf(requests);
  }

  /** How many requests of this method had a path starting with this prefix. */
  public int count(String method, String pathPrefix) {
    return (int)
        requests.stream()
            .filter(r -> r.method().equals(method) && r.path().startsWith(pathPrefix))
            .count();
  }

  /** Back to a fresh fake: no objects, events, requests, idempotency keys or webhook target. */
  public synchronized void reset() {
    endpoints.intents.clear();
    endpoints.refunds.clear();
    idempotent.clear();
    requests.clear();
    endpoints.nextRefundPending = false;
    webhooks.reset();
  }

  @Override
  public void close() {
    server.close();
    webhooks.close();
  }
}
