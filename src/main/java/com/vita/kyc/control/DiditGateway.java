package com.vita.kyc.control;

import com.vita.platform.providers.ProviderCalls;
import com.vita.platform.providers.ProviderRefused;
import com.vita.platform.providers.ProviderTimedOut;
import com.vita.platform.providers.ProviderUnavailable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * The translation layer in front of DIDIT: VITA's ids in, a {@link DiditSession} out; DIDIT's JSON
 * stays in this class. Every call goes through {@link ProviderCalls}: counted in {@code
 * didit_api_calls_total{operation, result}} and timed in {@code didit_api_duration_seconds}. A slow
 * DIDIT is cut off (timeout), a flaky one tried again (network errors and 5xx only: a 4xx will not
 * get better), and one that keeps failing is left alone for a while (circuit breaker) so requests
 * fail fast with a 503.
 *
 * <p>What the timeout really does on Payara (measured by {@code DiditFaultToleranceIT}): the call
 * is synchronous and a blocking socket read does not end when Fault Tolerance interrupts the
 * thread, so {@code @Timeout} refuses an answer that came too late (503, not retried) but does not
 * stop the wait; what bounds one attempt is the client's read timeout (7 s, below the 8 s of
 * {@code @Timeout}). A read timeout is not retried ({@link ProviderTimedOut}), so a DIDIT that
 * accepts connections and never answers costs an initiate about 7 s until the circuit opens, after
 * which initiates fail at once.
 */
@ApplicationScoped
public class DiditGateway {

  static final String PROVIDER = "didit";
  static final String CREATE_SESSION = "create_session";

  /**
   * How long the circuit stays open before DIDIT is tried again, unless configured otherwise. In
   * milliseconds on purpose: Payara's Fault Tolerance ignores {@code delayUnit} and always reads
   * the breaker's {@code delay} as milliseconds (30 with SECONDS was an open circuit of 30 ms).
   */
  static final long BREAKER_DELAY_MILLIS = 30_000;

  @Inject
  @ConfigProperty(name = "kyc.didit.base-url", defaultValue = "https://verification.didit.me")
  String baseUrl;

  @Inject
  @ConfigProperty(name = "kyc.didit.api-key")
  Optional<String> apiKey;

  @Inject
  @ConfigProperty(name = "kyc.didit.workflow-id")
  Optional<String> workflowId;

  @Inject
  @ConfigProperty(name = "kyc.didit.callback-url", defaultValue = "http://localhost:3000/kyc/done")
  String callbackUrl;

  /**
   * The breaker's delay in milliseconds as Fault Tolerance sees it (the annotation's value, or its
   * MicroProfile Fault Tolerance override): what a 503 tells the client to wait ({@code
   * Retry-After}).
   */
  @Inject
  @ConfigProperty(
      name = "com.vita.kyc.control.DiditGateway/createSession/CircuitBreaker/delay",
      defaultValue = "30000")
  long breakerDelayMillis = BREAKER_DELAY_MILLIS;

  @Inject ProviderCalls calls;

  private volatile DiditApi api;

  /**
   * Opens a DIDIT session for this account. {@code vendor_data} is the account id, so the webhook
   * can be tied back to it and DIDIT returns the unfinished session instead of a second one.
   */
  @Timeout(value = 8, unit = java.time.temporal.ChronoUnit.SECONDS)
  @Retry(
      maxRetries = 2,
      delay = 300,
      jitter = 200,
      retryOn = {ProviderUnavailable.class},
      abortOn = {ProviderRefused.class, ProviderTimedOut.class})
  @CircuitBreaker(
      requestVolumeThreshold = 4,
      failureRatio = 0.75,
      delay = BREAKER_DELAY_MILLIS,
      delayUnit = java.time.temporal.ChronoUnit.MILLIS,
      skipOn = {ProviderRefused.class})
  public DiditSession createSession(UUID accountId) {
    String request =
        Json.createObjectBuilder()
            .add("workflow_id", workflowId.orElse(""))
            .add("vendor_data", accountId.toString())
            .add("callback", callbackUrl)
            .build()
            .toString();
    return calls.call(
        PROVIDER, CREATE_SESSION, () -> sessionIn(api().createSession(apiKey.orElse(""), request)));
  }

  /** Seconds after which a failed or refused call is worth another try: the breaker's delay. */
  public long retryAfterSeconds() {
    return Math.max(1, (breakerDelayMillis + 999) / 1000);
  }

  /** Reads DIDIT's answer; one without a session id or URL is a refusal, not a session. */
  static DiditSession sessionIn(String answer) {
    try (JsonReader reader = Json.createReader(new StringReader(answer))) {
      JsonObject body = reader.readObject();
      String id = body.getString("session_id", "");
      String url = body.getString("url", "");
      if (id.isBlank() || url.isBlank()) {
        throw new ProviderRefused("DIDIT's answer has no session_id or url", 0, null);
      }
      return new DiditSession(id, url, body.getString("status", "Not Started"));
    } catch (JsonException | ClassCastException e) {
      throw new ProviderRefused("DIDIT's answer is not the JSON expected", 0, e);
    }
  }

  private DiditApi api() {
    DiditApi current = api;
    if (current == null) {
      current =
          RestClientBuilder.newBuilder()
              .baseUri(URI.create(baseUrl))
              .connectTimeout(3, TimeUnit.SECONDS)
              .readTimeout(7, TimeUnit.SECONDS)
              .build(DiditApi.class);
      api = current;
    }
    return current;
  }
}
