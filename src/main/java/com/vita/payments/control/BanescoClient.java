package com.vita.payments.control;

import com.vita.platform.providers.ProviderRefused;
import com.vita.platform.providers.ProviderTimedOut;
import com.vita.platform.providers.ProviderUnavailable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * One lookup of a transaction at the bank, inside its rate limit, with a valid token and Fault
 * Tolerance: a 5xx, a 429 or no connection is tried again after 200 ms plus up to 100 ms of jitter
 * (three more times; the queue backs off exponentially between lookups, {@link BankVerifications});
 * a timeout is not retried; 3 failures in the last 4 tries open the circuit for 30 s, during which
 * lookups fail at once and the bank is left alone. Each try takes a slot of the rate limit: a retry
 * is a call like any other. A slot refused ends the tries ({@link BankRateLimited}) without
 * counting against the bank. A token the bank refuses is forgotten and the try repeated with a
 * fresh one.
 */
@ApplicationScoped
public class BanescoClient {

  /**
   * How long the circuit stays open. In milliseconds on purpose: Payara's Fault Tolerance reads the
   * breaker's {@code delay} as milliseconds whatever its unit ({@code DiditGateway}).
   */
  static final long BREAKER_DELAY_MILLIS = 30_000;

  @Inject BankConnection connection;
  @Inject BankTokens tokens;
  @Inject BankRateLimit limit;

  @Timeout(value = 10, unit = ChronoUnit.SECONDS)
  @Retry(
      maxRetries = 3,
      delay = 200,
      jitter = 100,
      retryOn = {ProviderUnavailable.class},
      abortOn = {ProviderRefused.class, ProviderTimedOut.class, BankRateLimited.class})
  @CircuitBreaker(
      requestVolumeThreshold = 4,
      failureRatio = 0.75,
      delay = BREAKER_DELAY_MILLIS,
      delayUnit = ChronoUnit.MILLIS,
      skipOn = {ProviderRefused.class, BankRateLimited.class})
  public Optional<BankTransaction> lookup(String reference) {
    Optional<Duration> held = limit.tryAcquire();
    if (held.isPresent()) {
      throw new BankRateLimited(held.get());
    }
    String token = tokens.bearer();
    try {
      return connection.http().transaction(reference, token);
    } catch (BankHttp.TokenRejected e) {
      tokens.forget(token);
      throw e;
    }
  }
}
