package com.vita.payments.control;

import com.vita.platform.providers.ProviderCalls;
import com.vita.platform.providers.ProviderRefused;
import com.vita.platform.providers.ProviderTimedOut;
import com.vita.platform.providers.ProviderUnavailable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * The translation layer in front of Cregis: VITA's values in, Cregis' JSON out of sight. Every
 * request carries the system parameters Cregis asks for ({@code pid}, {@code timestamp} in ms, a
 * 6-character {@code nonce}) and its {@code sign} ({@link CregisSigner}); an answer whose {@code
 * code} is not {@code 00000} is a refusal ({@link ProviderRefused}: not retried, not counted by the
 * breaker). Calls are metered as {@code cregis_api_calls_total{operation, result}} and {@code
 * cregis_api_duration_seconds}; network errors and 5xx are retried twice, then the breaker opens.
 *
 * <p>Creating an address is not idempotent at Cregis (each call makes a new one), so its retry can
 * leave an unused address behind: harmless, nothing is ever owed on it. A payout is safe to retry:
 * Cregis refuses a repeated {@code third_party_id} with E0009 ({@link CregisPayoutRail} reads that
 * as "sent before").
 */
@ApplicationScoped
public class CregisClient {

  static final String PROVIDER = "cregis";
  static final String OK = "00000";

  /** Cregis' "业务编号重复": the third_party_id was used before. */
  static final String DUPLICATE_ID = "E0009";

  private static final String NONCE_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject CregisSettings settings;
  @Inject ProviderCalls calls;

  Clock clock = Clock.systemUTC();

  private volatile CregisApi api;

  /** Cregis refused a request: its code ({@code E0005}…) and message. */
  public static class CregisRefused extends ProviderRefused {
    private final String code;

    CregisRefused(String operation, String code, String message) {
      super("Cregis refused " + operation + " (" + code + "): " + message, 0, null);
      this.code = code;
    }

    public String code() {
      return code;
    }
  }

  /** Where a payout stands at Cregis (提币>查询): its status code and transaction hash. */
  public record PayoutState(String cid, int status, String txid) {}

  @Timeout(value = 10, unit = java.time.temporal.ChronoUnit.SECONDS)
  @Retry(
      maxRetries = 2,
      delay = 300,
      jitter = 200,
      retryOn = {ProviderUnavailable.class},
      abortOn = {ProviderRefused.class, ProviderTimedOut.class})
  @CircuitBreaker(
      requestVolumeThreshold = 4,
      failureRatio = 0.75,
      delay = 30_000,
      delayUnit = java.time.temporal.ChronoUnit.MILLIS,
      skipOn = {ProviderRefused.class})
  public String createAddress(String alias) {
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("chain_id", settings.chainId())
            .add("alias", alias)
            .add("callback_url", settings.depositCallbackUrl());
    JsonObject data = call("create_address", body, CregisApi::createAddress);
    String address = data.getString("address", "");
    if (address.isBlank()) {
      throw new ProviderRefused("Cregis' answer to create_address has no address", 0, null);
    }
    return address;
  }

  @Timeout(value = 10, unit = java.time.temporal.ChronoUnit.SECONDS)
  @Retry(
      maxRetries = 2,
      delay = 300,
      jitter = 200,
      retryOn = {ProviderUnavailable.class},
      abortOn = {ProviderRefused.class, ProviderTimedOut.class})
  @CircuitBreaker(
      requestVolumeThreshold = 4,
      failureRatio = 0.75,
      delay = 30_000,
      delayUnit = java.time.temporal.ChronoUnit.MILLIS,
      skipOn = {ProviderRefused.class})
  public String payout(
      String currency, String address, BigDecimal amount, String thirdPartyId, String remark) {
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("currency", currency)
            .add("address", address)
            .add("amount", amount.toPlainString())
            .add("third_party_id", thirdPartyId)
            .add("remark", remark)
            .add("callback_url", settings.payoutCallbackUrl());
    JsonObject data = call("payout", body, CregisApi::payout);
    return textOf(data.get("cid"), "payout");
  }

  @Timeout(value = 10, unit = java.time.temporal.ChronoUnit.SECONDS)
  @Retry(
      maxRetries = 2,
      delay = 300,
      jitter = 200,
      retryOn = {ProviderUnavailable.class},
      abortOn = {ProviderRefused.class, ProviderTimedOut.class})
  public PayoutState queryPayout(String cid) {
    JsonObjectBuilder body = Json.createObjectBuilder().add("cid", Long.parseLong(cid));
    JsonObject data = call("payout_query", body, CregisApi::queryPayout);
    return new PayoutState(cid, data.getInt("status", -1), data.getString("txid", null));
  }

  /**
   * One metered call: the body signed and posted to the endpoint, the answer's data returned. The
   * client is looked up inside the metered call, as each call site did before.
   */
  private JsonObject call(
      String operation, JsonObjectBuilder body, BiFunction<CregisApi, String, String> endpoint) {
    return calls.call(
        PROVIDER,
        operation,
        () -> dataOf(operation, send(body, signed -> endpoint.apply(api(), signed))));
  }

  /** Adds the system parameters and the sign, and posts the body. */
  private String send(JsonObjectBuilder business, UnaryOperator<String> endpoint) {
    JsonObject unsigned =
        business
            .add("pid", settings.projectId())
            .add("nonce", nonce())
            .add("timestamp", clock.millis())
            .build();
    String sign = CregisSigner.sign(CregisSigner.paramsOf(unsigned), settings.apiKey());
    return endpoint.apply(Json.createObjectBuilder(unsigned).add("sign", sign).build().toString());
  }

  /** The answer's data; a code other than 00000 is a refusal with Cregis' code and message. */
  static JsonObject dataOf(String operation, String answer) {
    try (JsonReader reader = Json.createReader(new StringReader(answer))) {
      JsonObject body = reader.readObject();
      String code = body.getString("code", "");
      if (!OK.equals(code)) {
        throw new CregisRefused(operation, code, body.getString("msg", ""));
      }
      JsonValue data = body.get("data");
      if (data == null || data.getValueType() != JsonValue.ValueType.OBJECT) {
        throw new ProviderRefused("Cregis' answer to " + operation + " has no data", 0, null);
      }
      return data.asJsonObject();
    } catch (JsonException | ClassCastException e) {
      throw new ProviderRefused("Cregis' answer to " + operation + " is not its JSON", 0, e);
    }
  }

  private static String textOf(JsonValue value, String operation) {
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      throw new ProviderRefused("Cregis' answer to " + operation + " has no cid", 0, null);
    }
    return value.getValueType() == JsonValue.ValueType.STRING
        ? ((jakarta.json.JsonString) value).getString()
        : value.toString();
  }

  static String nonce() {
    StringBuilder nonce = new StringBuilder(6);
    for (int i = 0; i < 6; i++) {
      nonce.append(NONCE_CHARS.charAt(RANDOM.nextInt(NONCE_CHARS.length())));
    }
    return nonce.toString();
  }

  private CregisApi api() {
    CregisApi current = api;
    if (current == null) {
      current =
          RestClientBuilder.newBuilder()
              .baseUri(URI.create(settings.apiUrl()))
              .connectTimeout(3, TimeUnit.SECONDS)
              .readTimeout(8, TimeUnit.SECONDS)
              .build(CregisApi.class);
      api = current;
    }
    return current;
  }
}
