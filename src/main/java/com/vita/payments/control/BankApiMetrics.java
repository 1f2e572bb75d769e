package com.vita.payments.control;

import com.vita.platform.metrics.TimerInstances;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Seed 001's bank metrics under VITA's names: {@code bank_api_calls_total{endpoint, status}}
 * (status is the HTTP status, or {@code timeout} / {@code network} when none came), {@code
 * bank_api_duration_seconds{endpoint}}, {@code bank_api_errors_total{type}} and {@code
 * bank_rate_limit_exceeded_total} (each time the shared limit held a call back). Not {@code
 * ProviderCalls}: the seed's labels differ from its {@code operation, result}, and one metric name
 * must keep one label set. Endpoints ({@code token}, {@code transaction}) and types are closed
 * sets.
 */
@ApplicationScoped
public class BankApiMetrics {

  private static final TimerInstances TIMERS = new TimerInstances();

  private static final Metadata CALLS =
      Metadata.builder()
          .withName("bank_api_calls")
          .withDescription("Calls to the bank's API, by endpoint and HTTP status")
          .build();

  // Explicit unit: without it Payara exports the timer's nanoseconds as if they were seconds.
  private static final Metadata DURATION =
      Metadata.builder()
          .withName("bank_api_duration")
          .withDescription("Latency of calls to the bank's API")
          .withUnit(MetricUnits.NANOSECONDS)
          .build();

  @Inject MetricRegistry metrics;

  /** One call that got an answer (its HTTP status) or none ({@code timeout}, {@code network}). */
  public void call(String endpoint, String status, long startNanos) {
    metrics.counter(CALLS, new Tag("endpoint", endpoint), new Tag("status", status)).inc();
    TIMERS
        .of(metrics, DURATION, new Tag("endpoint", endpoint))
        .update(Duration.ofNanos(System.nanoTime() - startNanos));
  }

  /**
   * A failed call by kind: {@code server_error}, {@code client_error}, {@code token_rejected},
   * {@code timeout}, {@code network}, {@code invalid_answer}.
   */
  public void error(String type) {
    metrics.counter("bank_api_errors", new Tag("type", type)).inc();
  }

  /** The rate limit held a call back (it waits, or is deferred to the next timer tick). */
  public void rateLimitHeld() {
    metrics.counter("bank_rate_limit_exceeded").inc();
  }
}
