package com.vita.platform.providers;

import com.vita.platform.metrics.TimerInstances;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.function.Supplier;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The one way VITA calls an outside system through a MicroProfile Rest Client: counts every call as
 * {@code <provider>_api_calls_total{operation, result}}, times it as {@code
 * <provider>_api_duration_seconds{operation}}, and translates the client's failures into the three
 * a gateway's Fault Tolerance annotations tell apart: {@link ProviderUnavailable} (network, 5xx,
 * 429: retry), {@link ProviderTimedOut} (no answer in time: do not retry) and {@link
 * ProviderRefused} (4xx or an answer that breaks the contract: neither retry nor trip the breaker).
 *
 * <p>Results are {@code success}, {@code http_4xx}, {@code http_5xx}, {@code timeout}, {@code
 * network} and {@code invalid_answer}: a closed set, so the series stay bounded.
 */
@ApplicationScoped
public class ProviderCalls {

  private static final TimerInstances TIMERS = new TimerInstances();

  @Inject MetricRegistry metrics;

  /** One call and the translation of its answer, which may refuse it ({@link ProviderRefused}). */
  public <T> T call(String provider, String operation, Supplier<T> call) {
    long start = System.nanoTime();
    String result = "network";
    try {
      T answer = call.get();
      result = "success";
      return answer;
    } catch (WebApplicationException e) {
      int status = e.getResponse().getStatus();
      result = "http_" + (status / 100) + "xx";
      if (status >= 500 || status == 429) {
        throw new ProviderUnavailable(provider + " answered " + status, e);
      }
      throw new ProviderRefused(provider + " refused " + operation + ": " + status, status, e);
    } catch (ProcessingException e) {
      ProviderUnavailable failure = unreachable(provider, e);
      result = failure instanceof ProviderTimedOut ? "timeout" : "network";
      throw failure;
    } catch (ProviderRefused e) {
      result = "invalid_answer";
      throw e;
    } finally {
      record(provider, operation, result, start);
    }
  }

  /**
   * Counts and times a call made through a provider's own SDK (Stripe's), which this class cannot
   * wrap: the caller classifies the result in the same closed set.
   *
   * @param startNanos {@link System#nanoTime()} when the call began
   */
  public void record(String provider, String operation, String result, long startNanos) {
    metrics
        .counter(calls(provider), new Tag("operation", operation), new Tag("result", result))
        .inc();
    TIMERS
        .of(metrics, duration(provider), new Tag("operation", operation))
        .update(Duration.ofNanos(System.nanoTime() - startNanos));
  }

  /** A call that got no answer: too slow (not retried) or no connection at all (retried). */
  public static ProviderUnavailable unreachable(String provider, ProcessingException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof SocketTimeoutException) {
        return new ProviderTimedOut(provider + " did not answer in time", e);
      }
    }
    return new ProviderUnavailable(provider + " could not be reached", e);
  }

  private static Metadata calls(String provider) {
    return Metadata.builder()
        .withName(provider + "_api_calls")
        .withDescription("Calls to " + provider + ", by operation and result")
        .build();
  }

  // Explicit unit: without it Payara exports the timer's nanoseconds as if they were seconds.
  private static Metadata duration(String provider) {
    return Metadata.builder()
        .withName(provider + "_api_duration")
        .withDescription("Latency of calls to " + provider)
        .withUnit(MetricUnits.NANOSECONDS)
        .build();
  }
}
