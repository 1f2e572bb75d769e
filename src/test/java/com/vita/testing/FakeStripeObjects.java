package com.vita.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The objects {@link FakeStripe} keeps and the JSON shapes it answers, as Stripe's API reference
 * documents them: PaymentIntent, Refund, and the {@code {"error":{...}}} body with its HTTP status.
 * A PaymentIntent's moves (confirm with one of Stripe's test payment methods, cancel) are methods
 * here that refuse what Stripe refuses.
 */
final class FakeStripeObjects {

  private static final String ALPHANUMERIC =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  private static final SecureRandom RANDOM = new SecureRandom();

  /** Stripe's minimum charge amounts (minor units) for the currencies that have one we accept. */
  static final Map<String, Long> MINIMUM_AMOUNT =
      Map.of("eur", 50L, "usd", 50L, "mxn", 1000L, "aed", 200L);

  static final Set<String> CURRENCIES = Set.of("clp", "cop", "mxn", "eur", "aed", "usd");

  private static final Set<String> CONFIRMABLE =
      Set.of("requires_payment_method", "requires_confirmation", "requires_action");

  private FakeStripeObjects() {}

  /** A Stripe-like id: the prefix (e.g. {@code "pi_"}) and 24 random alphanumerics. */
  static String newId(String prefix) {
    return prefix + random(24);
  }

  static String random(int length) {
    StringBuilder id = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      id.append(ALPHANUMERIC.charAt(RANDOM.nextInt(ALPHANUMERIC.length())));
    }
    return id.toString();
  }

  static long now() {
    return Instant.now().getEpochSecond();
  }

  /**
   * An {@code application/x-www-form-urlencoded} body (or query) as a flat map: nested keys stay as
   * stripe-java writes them, e.g. {@code metadata[checkout_id]}.
   */
  static Map<String, String> form(String encoded) {
    Map<String, String> params = new LinkedHashMap<>();
    if (encoded == null || encoded.isEmpty()) {
      return params;
    }
    for (String pair : encoded.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String key = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      params.put(
          URLDecoder.decode(key, StandardCharsets.UTF_8),
          URLDecoder.decode(value, StandardCharsets.UTF_8));
    }
    return params;
  }

  /** The {@code metadata[...]} entries of a request, as Stripe's metadata object. */
  static Map<String, String> metadata(Map<String, String> params) {
    Map<String, String> metadata = new LinkedHashMap<>();
    params.forEach(
        (key, value) -> {
          if (key.startsWith("metadata[") && key.endsWith("]")) {
            metadata.put(key.substring("metadata[".length(), key.length() - 1), value);
          }
        });
    return metadata;
  }

  static JsonObject metadataJson(Map<String, String> metadata) {
    JsonObjectBuilder object = Json.createObjectBuilder();
    metadata.forEach(object::add);
    return object.build();
  }

  /** A positive integer parameter, or the 400 Stripe answers for it. */
  static long positiveInteger(Map<String, String> params, String name) {
    String value = params.get(name);
    if (value == null || value.isEmpty()) {
      throw ApiError.invalid(
          400, "parameter_missing", name, "Missing required param: " + name + ".");
    }
    long number;
    try {
      number = Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw ApiError.invalid(400, "parameter_invalid_integer", name, "Invalid integer: " + value);
    }
    if (number < 1) {
      throw ApiError.invalid(
          400, "parameter_invalid_integer", name, "This value must be greater than or equal to 1.");
    }
    return number;
  }

  /** An amount in major units for messages: CLP has no decimals, the others two. */
  static String major(long amount, String currency) {
    return "clp".equals(currency)
        ? amount + " " + currency
        : String.format("%d.%02d %s", amount / 100, amount % 100, currency);
  }

  private static JsonObjectBuilder put(JsonObjectBuilder object, String name, String value) {
    return value == null ? object.addNull(name) : object.add(name, value);
  }

  /** An answer Stripe gives instead of the object: an HTTP status and {@code {"error":{...}}}. */
  static final class ApiError extends RuntimeException {
    final int status;
    final JsonObject body;

    ApiError(int status, JsonObject error) {
      super(error.getString("message", ""), null, false, false);
      this.status = status;
      this.body = Json.createObjectBuilder().add("error", error).build();
    }

    /** An {@code invalid_request_error}; code and param may be null. */
    static ApiError invalid(int status, String code, String param, String message) {
      JsonObjectBuilder error = Json.createObjectBuilder();
      if (code != null) {
        error.add("code", code);
        error.add("doc_url", "https://stripe.com/docs/error-codes/" + code.replace('_', '-'));
      }
      error.add("message", message);
      if (param != null) {
        error.add("param", param);
      }
      return new ApiError(status, error.add("type", "invalid_request_error").build());
    }

    static ApiError missing(String kind, String id, String param) {
      return invalid(404, "resource_missing", param, "No such " + kind + ": '" + id + "'");
    }

    static ApiError unexpectedState(Intent intent, String action) {
      return invalid(
          400,
          "payment_intent_unexpected_state",
          null,
          "You cannot "
              + action
              + " this PaymentIntent because it has a status of "
              + intent.status
              + ".");
    }
  }

  /** A PaymentIntent and the moves Stripe allows it. */
  static final class Intent {
    final String id = newId("pi_");
    final String clientSecret = id + "_secret_" + random(25);
    final long created = now();
    final long amount;
    final String currency;
    final String description;
    final Map<String, String> metadata;
    final boolean automaticPaymentMethods;
    String status = "requires_payment_method";
    long amountReceived;
    String latestCharge;
    String paymentMethod;
    JsonObject lastPaymentError;
    JsonObject nextAction;
    Long canceledAt;
    String cancellationReason;

    /** Refunded so far, pending refunds included (Stripe counts them too). */
    long refunded;

    Intent(
        long amount,
        String currency,
        String description,
        Map<String, String> metadata,
        boolean automaticPaymentMethods) {
      this.amount = amount;
      this.currency = currency;
      this.description = description;
      this.metadata = metadata;
      this.automaticPaymentMethods = automaticPaymentMethods;
    }

    /** Attaches a payment method without confirming: the intent then waits for confirmation. */
    void attach(String method) {
      checkTestPaymentMethod(method);
      paymentMethod = method;
      status = "requires_confirmation";
    }

    /**
     * Confirms with one of Stripe's test payment methods (or the attached one) and answers the
     * event type it raises. {@code pm_card_chargeDeclined} fails (the caller answers 402), {@code
     * pm_card_authenticationRequired} needs 3D Secure, any other {@code pm_card_*} succeeds.
     */
    String confirm(String method) {
      if (!CONFIRMABLE.contains(status)) {
        throw ApiError.unexpectedState(this, "confirm");
      }
      String using = method != null ? method : paymentMethod;
      if (using == null) {
        throw ApiError.invalid(
            400,
            "payment_intent_unexpected_state",
            "payment_method",
            "You cannot confirm this PaymentIntent because it's missing a payment method.");
      }
      checkTestPaymentMethod(using);
      nextAction = null;
      switch (using) {
        case "pm_card_chargeDeclined" -> {
          latestCharge = newId("ch_");
          lastPaymentError = decline();
          paymentMethod = null;
          status = "requires_payment_method";
          return "payment_intent.payment_failed";
        }
        case "pm_card_authenticationRequired" -> {
          paymentMethod = using;
          nextAction =
              Json.createObjectBuilder()
                  .add("type", "use_stripe_sdk")
                  .add(
                      "use_stripe_sdk",
                      Json.createObjectBuilder()
                          .add("type", "three_d_secure_redirect")
                          .add("stripe_js", "https://hooks.stripe.com/redirect/authenticate/"))
                  .build();
          status = "requires_action";
          return "payment_intent.requires_action";
        }
        default -> {
          paymentMethod = using;
          succeed();
          return "payment_intent.succeeded";
        }
      }
    }

    void succeed() {
      lastPaymentError = null;
      nextAction = null;
      latestCharge = newId("ch_");
      amountReceived = amount;
      status = "succeeded";
    }

    void cancel(String reason) {
      if ("succeeded".equals(status) || "canceled".equals(status)) {
        throw ApiError.unexpectedState(this, "cancel");
      }
      nextAction = null;
      canceledAt = now();
      cancellationReason = reason;
      status = "canceled";
    }

    /** The card error of a decline, as in {@code last_payment_error} and the 402 answer. */
    JsonObject decline() {
      return Json.createObjectBuilder()
          .add("charge", latestCharge)
          .add("code", "card_declined")
          .add("decline_code", "generic_decline")
          .add("doc_url", "https://stripe.com/docs/error-codes/card-declined")
          .add("message", "Your card was declined.")
          .add("type", "card_error")
          .build();
    }

    private static void checkTestPaymentMethod(String method) {
      if (!method.startsWith("pm_card_")) {
        throw ApiError.missing("PaymentMethod", method, "payment_method");
      }
    }

    JsonObject json() {
      JsonObjectBuilder object =
          Json.createObjectBuilder()
              .add("id", id)
              .add("object", "payment_intent")
              .add("amount", amount)
              .add("amount_received", amountReceived);
      if (automaticPaymentMethods) {
        object.add(
            "automatic_payment_methods",
            Json.createObjectBuilder().add("allow_redirects", "always").add("enabled", true));
      } else {
        object.addNull("automatic_payment_methods");
      }
      if (canceledAt == null) {
        object.addNull("canceled_at");
      } else {
        object.add("canceled_at", canceledAt);
      }
      put(object, "cancellation_reason", cancellationReason);
      object
          .add("capture_method", "automatic")
          .add("client_secret", clientSecret)
          .add("confirmation_method", "automatic")
          .add("created", created)
          .add("currency", currency);
      put(object, "description", description);
      if (lastPaymentError == null) {
        object.addNull("last_payment_error");
      } else {
        object.add("last_payment_error", lastPaymentError);
      }
      put(object, "latest_charge", latestCharge)
          .add("livemode", false)
          .add("metadata", metadataJson(metadata));
      if (nextAction == null) {
        object.addNull("next_action");
      } else {
        object.add("next_action", nextAction);
      }
      put(object, "payment_method", paymentMethod)
          .add("payment_method_types", Json.createArrayBuilder().add("card"));
      return object.add("status", status).build();
    }
  }

  /** A Refund of (part of) a succeeded PaymentIntent. */
  static final class Refund {
    final String id = newId("re_");
    final long created = now();
    final Intent intent;
    final String charge;
    final long amount;
    final String reason;
    final Map<String, String> metadata;
    String status;
    String failureReason;

    Refund(Intent intent, long amount, String reason, Map<String, String> metadata, String status) {
      this.intent = intent;
      this.charge = intent.latestCharge;
      this.amount = amount;
      this.reason = reason;
      this.metadata = metadata;
      this.status = status;
    }

    JsonObject json() {
      JsonObjectBuilder object =
          Json.createObjectBuilder()
              .add("id", id)
              .add("object", "refund")
              .add("amount", amount)
              .addNull("balance_transaction")
              .add("charge", charge)
              .add("created", created)
              .add("currency", intent.currency);
      if (failureReason != null) {
        object.add("failure_reason", failureReason);
      }
      object.add("metadata", metadataJson(metadata)).add("payment_intent", intent.id);
      return put(object, "reason", reason).add("status", status).build();
    }
  }
}
