package com.vita.payments.control;

import com.vita.platform.money.Money;
import com.vita.platform.providers.ProviderRefused;
import com.vita.platform.providers.ProviderTimedOut;
import com.vita.platform.providers.ProviderUnavailable;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Currency;
import java.util.Optional;

/**
 * The wire of the bank's API, and the only class that knows it: the OAuth 2.0 client-credentials
 * token request (RFC 6749 §4.4: a form {@code grant_type=client_credentials}, the client's id and
 * secret by HTTP Basic, §2.3.1; the answer {@code access_token}, {@code token_type}, {@code
 * expires_in}; errors as §5.2) and the transaction lookup by reference, whose shape is VITA's
 * assumption for a Banesco-style API (docs/payments.md, "Bank transfers").
 *
 * <p>{@code java.net.http} rather than a MicroProfile Rest Client: the two calls are small, the
 * token call is a form with Basic auth, and the same client then runs unchanged in plain JUnit
 * tests against the local fake of the bank (there is no Rest Client implementation outside the
 * server). Every call is counted in {@link BankApiMetrics}; failures are translated into the three
 * kinds the Fault Tolerance annotations of {@link BanescoClient} tell apart.
 */
public final class BankHttp {

  static final String TOKEN = "token";
  static final String TRANSACTION = "transaction";

  /** Where the bank is and who VITA is to it. */
  public record Settings(
      URI tokenUrl,
      URI transactionsUrl,
      String clientId,
      String clientSecret,
      Duration connectTimeout,
      Duration readTimeout) {}

  /** An access token and how long the bank says it lasts. */
  public record IssuedToken(String accessToken, Duration expiresIn) {}

  /** The bank refused the access token (401): expired early or revoked; fetch another. */
  public static final class TokenRejected extends ProviderUnavailable {
    public TokenRejected(String message) {
      super(message, null);
    }
  }

  // RFC 6749 §4.4.3 makes expires_in optional; without it the token is kept this long.
  private static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(1);

  private final Settings settings;
  private final BankApiMetrics metrics;
  private final HttpClient client;

  public BankHttp(Settings settings, BankApiMetrics metrics) {
    this.settings = settings;
    this.metrics = metrics;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(settings.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** A new access token (RFC 6749 §4.4.2). */
  public IssuedToken token() {
    HttpRequest request =
        HttpRequest.newBuilder(settings.tokenUrl())
            .timeout(settings.readTimeout())
            .header("Authorization", "Basic " + basic(settings.clientId(), settings.clientSecret()))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
            .build();
    HttpResponse<String> answer = send(TOKEN, request);
    if (answer.statusCode() != 200) {
      throw failure(TOKEN, answer, oauthError(answer.body()));
    }
    JsonObject body = json(TOKEN, answer.body());
    String token = body.getString("access_token", "");
    String type = body.getString("token_type", "");
    if (token.isBlank() || !"bearer".equalsIgnoreCase(type)) {
      metrics.error("invalid_answer");
      throw new ProviderRefused("The bank's token answer has no bearer access_token", 0, null);
    }
    Duration lifetime;
    try {
      lifetime =
          body.containsKey("expires_in")
              ? Duration.ofSeconds(body.getJsonNumber("expires_in").longValueExact())
              : DEFAULT_LIFETIME;
    } catch (ClassCastException | ArithmeticException e) {
      metrics.error("invalid_answer");
      throw new ProviderRefused("The bank's expires_in is not a whole number of seconds", 0, e);
    }
    if (lifetime.isNegative() || lifetime.isZero()) {
      metrics.error("invalid_answer");
      throw new ProviderRefused("The bank's token has expired already (" + lifetime + ")", 0, null);
    }
    return new IssuedToken(token, lifetime);
  }

  /** The bank's transaction of this reference, or empty when it has none (404). */
  public Optional<BankTransaction> transaction(String reference, String accessToken) {
    URI uri =
        URI.create(
            settings.transactionsUrl().toString()
                + "/"
                + URLEncoder.encode(reference, StandardCharsets.UTF_8));
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(settings.readTimeout())
            .header("Authorization", "Bearer " + accessToken)
            .header("Accept", "application/json")
            .GET()
            .build();
    HttpResponse<String> answer = send(TRANSACTION, request);
    if (answer.statusCode() == 404) {
      return Optional.empty();
    }
    if (answer.statusCode() == 401) {
      metrics.error("token_rejected");
      throw new TokenRejected("The bank refused VITA's access token");
    }
    if (answer.statusCode() != 200) {
      throw failure(TRANSACTION, answer, "");
    }
    return Optional.of(transactionIn(reference, json(TRANSACTION, answer.body())));
  }

  /** Reads the lookup's answer; one that does not say what the reference paid is a refusal. */
  BankTransaction transactionIn(String reference, JsonObject body) {
    try {
      Currency currency = Currency.getInstance(body.getString("currency"));
      Money amount = Money.of(new BigDecimal(body.getString("amount")), currency);
      return new BankTransaction(
          body.getString("reference", reference),
          amount,
          LocalDate.parse(body.getString("date")),
          body.getString("status", ""),
          body.getString("creditAccount", null));
    } catch (RuntimeException e) {
      // missing field, not a string, unknown currency, amount finer than the currency, bad date
      metrics.error("invalid_answer");
      throw new ProviderRefused("The bank's transaction answer is not the shape agreed", 0, e);
    }
  }

  private HttpResponse<String> send(String endpoint, HttpRequest request) {
    long start = System.nanoTime();
    try {
      HttpResponse<String> answer =
          client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      metrics.call(endpoint, Integer.toString(answer.statusCode()), start);
      return answer;
    } catch (HttpTimeoutException e) {
      metrics.call(endpoint, "timeout", start);
      metrics.error("timeout");
      throw new ProviderTimedOut("The bank did not answer " + endpoint + " in time", e);
    } catch (IOException e) {
      metrics.call(endpoint, "network", start);
      metrics.error("network");
      throw new ProviderUnavailable("The bank could not be reached for " + endpoint, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      metrics.call(endpoint, "network", start);
      throw new ProviderUnavailable("Interrupted while calling the bank", e);
    }
  }

  private RuntimeException failure(String endpoint, HttpResponse<String> answer, String detail) {
    int status = answer.statusCode();
    String message =
        "The bank answered "
            + endpoint
            + " with "
            + status
            + (detail.isEmpty() ? "" : ": " + detail);
    if (status >= 500 || status == 429) {
      metrics.error("server_error");
      return new ProviderUnavailable(message, null);
    }
    metrics.error("client_error");
    return new ProviderRefused(message, status, null);
  }

  private JsonObject json(String endpoint, String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      metrics.error("invalid_answer");
      throw new ProviderRefused("The bank's " + endpoint + " answer is not JSON", 0, e);
    }
  }

  /** RFC 6749 §5.2's {@code error} (and its description), for the log. */
  private static String oauthError(String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      JsonObject error = reader.readObject();
      String code = error.getString("error", "");
      String description = error.getString("error_description", "");
      return description.isEmpty() ? code : code + " (" + description + ")";
    } catch (RuntimeException e) {
      return "";
    }
  }

  // RFC 6749 §2.3.1: id and secret are form-urlencoded before they are joined for Basic.
  private static String basic(String id, String secret) {
    String pair =
        URLEncoder.encode(id, StandardCharsets.UTF_8)
            + ":"
            + URLEncoder.encode(secret, StandardCharsets.UTF_8);
    return Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
  }
}
