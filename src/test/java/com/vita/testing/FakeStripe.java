package com.vita.testing;

import static com.vita.testing.FakeStripeObjects.metadata;
import static com.vita.testing.FakeStripeObjects.positiveInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.vita.devstack.FreePort;
import com.vita.testing.FakeStripeObjects.ApiError;
import com.vita.testing.FakeStripeObjects.Intent;
import com.vita.testing.FakeStripeObjects.Refund;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

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

  /** The API call being answered and the events it raised. */
  private record Call(String requestId, String idempotencyKey, List<JsonObject> events) {
    void emit(String type, JsonObject object) {
      events.add(StripeWebhooks.event(type, object, requestId, idempotencyKey));
    }
  }

  private static final Set<String> REFUND_REASONS =
      Set.of("duplicate", "fraudulent", "requested_by_customer");
  private static final Set<String> CANCELLATION_REASONS =
      Set.of("duplicate", "fraudulent", "requested_by_customer", "abandoned");

  static {
    // The JDK server writes an answer's headers and body apart; without TCP_NODELAY each answer
    // waits ~40 ms for the client's delayed ACK. Read once, when the JVM's first HttpServer starts.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private final HttpServer server;
  private final ExecutorService handlers;
  private final StripeWebhooks webhooks = new StripeWebhooks();
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  // Guarded by this: one API call at a time, so an idempotent retry sees the first one's result.
  private final Map<String, Intent> intents = new HashMap<>();
  private final Map<String, Refund> refunds = new HashMap<>();
  private final Map<String, Stored> idempotent = new HashMap<>();
  private boolean nextRefundPending;

  private FakeStripe(HttpServer server, ExecutorService handlers) {
    this.server = server;
    this.handlers = handlers;
  }

  public static FakeStripe start() throws IOException {
    HttpServer server =
        HttpServer.create(
            new InetSocketAddress(InetAddress.getLoopbackAddress(), FreePort.find()), 0);
    ExecutorService handlers = Executors.newCachedThreadPool();
    server.setExecutor(handlers);
    FakeStripe stripe = new FakeStripe(server, handlers);
    server.createContext("/", stripe::handle);
    server.start();
    return stripe;
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
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
          answer = error(call, unauthorized(authorization));
        } else if (stored != null && stored.fingerprint().equals(fingerprint)) {
          answer = stored.answer();
          replayed = true;
        } else if (stored != null) {
          answer = error(call, idempotencyError(key));
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

  private static ApiError unauthorized(String authorization) {
    if (authorization == null || !authorization.startsWith("Bearer ")) {
      return ApiError.invalid(
          401,
          null,
          null,
          "You did not provide an API key. You need to provide your API key in the Authorization"
              + " header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY').");
    }
    String key = authorization.substring("Bearer ".length());
    String shown =
        key.length() > 12 ? key.substring(0, 8) + "****" + key.substring(key.length() - 4) : "****";
    return ApiError.invalid(401, null, null, "Invalid API Key provided: " + shown);
  }

  private static ApiError idempotencyError(String key) {
    return new ApiError(
        400,
        Json.createObjectBuilder()
            .add(
                "message",
                "Keys for idempotent requests can only be used with the same parameters they were"
                    + " first used with. Try using a key other than '"
                    + key
                    + "' if you meant to execute a different request.")
            .add("type", "idempotency_error")
            .build());
  }

  /** Routes a call: {@code parts} is the path split at "/" (so parts[0] is empty). */
  private Answer answer(String method, String[] parts, Map<String, String> params, Call call) {
    try {
      JsonObject body = route(method, parts, params, call);
      return new Answer(200, bytes(body), call.requestId());
    } catch (ApiError e) {
      return error(call, e);
    }
  }

  private JsonObject route(String method, String[] parts, Map<String, String> params, Call call) {
    boolean post = "POST".equals(method);
    boolean get = "GET".equals(method);
    if (parts.length >= 3 && "v1".equals(parts[1])) {
      String resource = parts[2];
      if ("payment_intents".equals(resource)) {
        if (parts.length == 3 && post) {
          return createIntent(params, call);
        }
        if (parts.length == 4 && get) {
          return existingIntent(parts[3]).json();
        }
        if (parts.length == 5 && post && "confirm".equals(parts[4])) {
          return confirm(existingIntent(parts[3]), params.get("payment_method"), call);
        }
        if (parts.length == 5 && post && "cancel".equals(parts[4])) {
          return cancel(existingIntent(parts[3]), params.get("cancellation_reason"), call);
        }
      }
      if ("refunds".equals(resource)) {
        if (parts.length == 3 && post) {
          return createRefund(params, call);
        }
        if (parts.length == 4 && get) {
          return existingRefund(parts[3]).json();
        }
      }
    }
    throw ApiError.invalid(
        404,
        null,
        null,
        "Unrecognized request URL ("
            + method
            + ": "
            + String.join("/", parts)
            + "). Please see https://stripe.com/docs or we can help at https://support.stripe.com/.");
  }

  private Intent existingIntent(String id) {
    Intent intent = intents.get(id);
    if (intent == null) {
      throw ApiError.missing("payment_intent", id, "intent");
    }
    return intent;
  }

  private Refund existingRefund(String id) {
    Refund refund = refunds.get(id);
    if (refund == null) {
      throw ApiError.missing("refund", id, "id");
    }
    return refund;
  }

  private JsonObject createIntent(Map<String, String> params, Call call) {
    long amount = positiveInteger(params, "amount");
    String currency = params.get("currency");
    if (currency == null || currency.isEmpty()) {
      throw ApiError.invalid(
          400, "parameter_missing", "currency", "Missing required param: currency.");
    }
    currency = currency.toLowerCase(Locale.ROOT);
    if (!FakeStripeObjects.CURRENCIES.contains(currency)) {
      throw ApiError.invalid(
          400,
          null,
          "currency",
          "Invalid currency: "
              + currency
              + ". This fake supports "
              + String.join(", ", new TreeSet<>(FakeStripeObjects.CURRENCIES))
              + ".");
    }
    Long minimum = FakeStripeObjects.MINIMUM_AMOUNT.get(currency);
    if (minimum != null && amount < minimum) {
      throw ApiError.invalid(
          400,
          "amount_too_small",
          "amount",
          "Amount must be at least " + FakeStripeObjects.major(minimum, currency));
    }
    String paymentMethod = params.get("payment_method");
    boolean confirm = "true".equals(params.get("confirm"));
    Intent intent =
        new Intent(
            amount,
            currency,
            params.get("description"),
            metadata(params),
            "true".equals(params.get("automatic_payment_methods[enabled]")));
    if (paymentMethod != null) {
      intent.attach(paymentMethod);
    } else if (confirm) {
      intent.confirm(null); // refuses: no payment method
    }
    intents.put(intent.id, intent);
    call.emit("payment_intent.created", intent.json());
    return confirm ? confirm(intent, paymentMethod, call) : intent.json();
  }

  private JsonObject confirm(Intent intent, String paymentMethod, Call call) {
    String type = intent.confirm(paymentMethod);
    call.emit(type, intent.json());
    if ("payment_intent.payment_failed".equals(type)) {
      throw new ApiError(
          402,
          Json.createObjectBuilder(intent.lastPaymentError)
              .add("payment_intent", intent.json())
              .build());
    }
    return intent.json();
  }

  private JsonObject cancel(Intent intent, String reason, Call call) {
    if (reason != null && !CANCELLATION_REASONS.contains(reason)) {
      throw ApiError.invalid(
          400, null, "cancellation_reason", "Invalid cancellation_reason: " + reason);
    }
    intent.cancel(reason);
    call.emit("payment_intent.canceled", intent.json());
    return intent.json();
  }

  private JsonObject createRefund(Map<String, String> params, Call call) {
    Intent intent = refundedIntent(params);
    if (!"succeeded".equals(intent.status)) {
      throw ApiError.invalid(
          400,
          null,
          "payment_intent",
          "This PaymentIntent (" + intent.id + ") does not have a successful charge to refund.");
    }
    long left = intent.amountReceived - intent.refunded;
    if (left == 0) {
      throw ApiError.invalid(
          400,
          "charge_already_refunded",
          null,
          "Charge " + intent.latestCharge + " has already been refunded.");
    }
    long amount = params.containsKey("amount") ? positiveInteger(params, "amount") : left;
    if (amount > left) {
      throw ApiError.invalid(
          400,
          "amount_too_large",
          "amount",
          "Refund amount ("
              + FakeStripeObjects.major(amount, intent.currency)
              + ") is greater than unrefunded amount on charge ("
              + FakeStripeObjects.major(left, intent.currency)
              + ")");
    }
    String reason = params.get("reason");
    if (reason != null && !REFUND_REASONS.contains(reason)) {
      throw ApiError.invalid(
          400,
          null,
          "reason",
          "Invalid reason: must be one of duplicate, fraudulent, or requested_by_customer");
    }
    Refund refund =
        new Refund(
            intent, amount, reason, metadata(params), nextRefundPending ? "pending" : "succeeded");
    nextRefundPending = false;
    intent.refunded += amount;
    refunds.put(refund.id, refund);
    call.emit("refund.created", refund.json());
    return refund.json();
  }

  private Intent refundedIntent(Map<String, String> params) {
    String intentId = params.get("payment_intent");
    if (intentId != null) {
      Intent intent = intents.get(intentId);
      if (intent == null) {
        throw ApiError.missing("payment_intent", intentId, "payment_intent");
      }
      return intent;
    }
    String charge = params.get("charge");
    if (charge == null) {
      throw ApiError.invalid(
          400, "parameter_missing", null, "One of `charge` or `payment_intent` is required.");
    }
    return intents.values().stream()
        .filter(intent -> charge.equals(intent.latestCharge))
        .findFirst()
        .orElseThrow(() -> ApiError.missing("charge", charge, "charge"));
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
    Intent intent = known(intents, intentId);
    if ("succeeded".equals(intent.status) || "canceled".equals(intent.status)) {
      throw new IllegalStateException(intentId + " is already " + intent.status);
    }
    intent.succeed();
  }

  /** The intent as Stripe would answer it now, or null for one never created. */
  public synchronized JsonObject intent(String id) {
    Intent intent = intents.get(id);
    return intent == null ? null : intent.json();
  }

  /** The refund as Stripe would answer it now, or null for one never created. */
  public synchronized JsonObject refund(String id) {
    Refund refund = refunds.get(id);
    return refund == null ? null : refund.json();
  }

  /** The next refund created answers status {@code pending} (until {@link #completeRefund}). */
  public synchronized void nextRefundPending() {
    nextRefundPending = true;
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
      Refund refund = known(refunds, refundId);
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

  private static <T> T known(Map<String, T> objects, String id) {
    T object = objects.get(id);
    if (object == null) {
      throw new IllegalArgumentException("The fake never created " + id);
    }
    return object;
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
    intents.clear();
    refunds.clear();
    idempotent.clear();
    requests.clear();
    nextRefundPending = false;
    webhooks.reset();
  }

  @Override
  public void close() {
    server.stop(0);
    handlers.shutdownNow();
    webhooks.close();
  }
}
