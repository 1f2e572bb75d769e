package com.vita.testing;

import com.stripe.Stripe;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Stripe's side of webhooks for {@link FakeStripe}: the Event JSON, the {@code Stripe-Signature}
 * header ({@code t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">}) and the delivery, one event
 * after another on a background thread, each retried up to {@link #RETRIES} times on a non-2xx
 * answer (Stripe retries for days; here the pauses are milliseconds so tests stay fast).
 */
final class StripeWebhooks implements AutoCloseable {

  static final int RETRIES = 3;
  private static final Duration FIRST_PAUSE = Duration.ofMillis(20);

  private final List<JsonObject> events = new CopyOnWriteArrayList<>();
  private final List<FakeStripe.Delivery> deliveries = new CopyOnWriteArrayList<>();
  private final ExecutorService sender =
      Executors.newSingleThreadExecutor(
          runnable -> {
            Thread thread = new Thread(runnable, "fake-stripe-webhooks");
            thread.setDaemon(true);
            return thread;
          });
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private volatile URI target;

  /** An Event as Stripe sends it; requestId and idempotencyKey are null for automatic events. */
  static JsonObject event(String type, JsonObject object, String requestId, String idempotencyKey) {
    JsonObjectBuilder request = Json.createObjectBuilder();
    if (requestId == null) {
      request.addNull("id");
    } else {
      request.add("id", requestId);
    }
    if (idempotencyKey == null) {
      request.addNull("idempotency_key");
    } else {
      request.add("idempotency_key", idempotencyKey);
    }
    return Json.createObjectBuilder()
        .add("id", FakeStripeObjects.newId("evt_"))
        .add("object", "event")
        .add("api_version", Stripe.API_VERSION)
        .add("created", FakeStripeObjects.now())
        .add("data", Json.createObjectBuilder().add("object", object))
        .add("livemode", false)
        .add("pending_webhooks", 1)
        .add("request", request)
        .add("type", type)
        .build();
  }

  /** The {@code Stripe-Signature} header value for this payload signed at this time. */
  static String signature(String payload, long timestamp, String secret) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] digest = mac.doFinal((timestamp + "." + payload).getBytes(StandardCharsets.UTF_8));
      return "t=" + timestamp + ",v1=" + HexFormat.of().formatHex(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }

  /** POSTs the payload with this {@code Stripe-Signature} and answers the HTTP status. */
  int deliver(URI to, String payload, String signatureHeader) {
    HttpRequest request =
        HttpRequest.newBuilder(to)
            .timeout(Duration.ofSeconds(5))
            .header("Content-Type", "application/json; charset=utf-8")
            .header("User-Agent", "Stripe/1.0 (+https://stripe.com/docs/webhooks)")
            .header("Stripe-Signature", signatureHeader)
            .POST(HttpRequest.BodyPublishers.ofString(payload, StandardCharsets.UTF_8))
            .build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      throw new UncheckedIOException("Webhook target " + to + " unreachable", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted delivering to " + to, e);
    }
  }

  void target(URI to) {
    target = to;
  }

  void record(JsonObject event) {
    events.add(event);
  }

  /** Queues these (already recorded) events for the target, if there is one. */
  void send(List<JsonObject> fresh) {
    URI to = target;
    if (to == null || fresh.isEmpty()) {
      return;
    }
    for (JsonObject event : List.copyOf(fresh)) {
      sender.execute(() -> deliverWithRetries(to, event));
    }
  }

  private void deliverWithRetries(URI to, JsonObject event) {
    String payload = event.toString();
    Duration pause = FIRST_PAUSE;
    for (int attempt = 1; attempt <= 1 + RETRIES; attempt++) {
      int status;
      try {
        // Signed anew at each attempt, as Stripe does.
        status =
            deliver(
                to,
                payload,
                signature(payload, FakeStripeObjects.now(), FakeStripe.WEBHOOK_SECRET));
      } catch (UncheckedIOException e) {
        status = -1;
      } catch (IllegalStateException e) {
        return;
      }
      deliveries.add(
          new FakeStripe.Delivery(event.getString("id"), event.getString("type"), attempt, status));
      if (status >= 200 && status < 300) {
        return;
      }
      try {
        Thread.sleep(pause.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      pause = pause.multipliedBy(2);
    }
  }

  /** Waits until every event queued so far was delivered or given up on. */
  boolean awaitIdle(Duration timeout) {
    try {
      sender.submit(() -> {}).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (TimeoutException e) {
      return false;
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  List<JsonObject> events() {
    return List.copyOf(events);
  }

  List<FakeStripe.Delivery> deliveries() {
    return List.copyOf(deliveries);
  }

  void reset() {
    target = null;
    events.clear();
    deliveries.clear();
  }

  @Override
  public void close() {
    sender.shutdownNow();
  }
}
