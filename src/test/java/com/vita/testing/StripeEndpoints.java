package com.vita.testing;

import static com.vita.testing.FakeStripeObjects.metadata;
import static com.vita.testing.FakeStripeObjects.positiveInteger;

import com.vita.testing.FakeStripeObjects.ApiError;
import com.vita.testing.FakeStripeObjects.Intent;
import com.vita.testing.FakeStripeObjects.Refund;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What each of {@link FakeStripe}'s v1 endpoints does to the objects it keeps: PaymentIntents
 * create/retrieve/confirm/cancel, Refunds create/retrieve, each refusing what Stripe refuses with
 * Stripe's error, and raising the events of each state change on the {@link Call}.
 */
final class StripeEndpoints {

  private static final Set<String> REFUND_REASONS =
      Set.of("duplicate", "fraudulent", "requested_by_customer");
  private static final Set<String> CANCELLATION_REASONS =
      Set.of("duplicate", "fraudulent", "requested_by_customer", "abandoned");

  // Not thread-safe: FakeStripe calls it under its own lock, one API call at a time, so an
  // idempotent retry sees the first one's result.
  final Map<String, Intent> intents = new HashMap<>();
  final Map<String, Refund> refunds = new HashMap<>();
  boolean nextRefundPending;

  /** The API call being answered and the events it raised. */
  record Call(String requestId, String idempotencyKey, List<JsonObject> events) {
    void emit(String type, JsonObject object) {
      events.add(StripeWebhooks.event(type, object, requestId, idempotencyKey));
    }
  }

  /** Answers a call with the object it returns, or throws Stripe's error for it. */
  JsonObject route(String method, String[] parts, Map<String, String> params, Call call) {
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

  static <T> T known(Map<String, T> objects, String id) {
    T object = objects.get(id);
    if (object == null) {
      throw new IllegalArgumentException("The fake never created " + id);
    }
    return object;
  }

  static ApiError unauthorized(String authorization) {
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

  static ApiError idempotencyError(String key) {
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
}
