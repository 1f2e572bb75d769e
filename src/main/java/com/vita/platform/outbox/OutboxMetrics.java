package com.vita.platform.outbox;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The outbox's numbers: {@code outbox_published_total{destination,type}}, {@code
 * outbox_failed_total{destination,type,parked}} (a failed try; {@code parked="true"} when it was
 * the last), {@code outbox_consumed_total{result}} (queue messages handled: {@code delivered},
 * {@code failed}, {@code unreadable}), and {@code outbox_lag_seconds}: how long the oldest event
 * not yet published has waited, as of the last dispatch on this instance (an alert on it catches a
 * stuck dispatcher or an unreachable queue).
 */
@ApplicationScoped
public class OutboxMetrics {

  static final String PUBLISHED = "outbox_published";
  static final String FAILED = "outbox_failed";
  static final String CONSUMED = "outbox_consumed";
  static final String LAG = "outbox_lag_seconds";

  @Inject MetricRegistry metrics;

  private final AtomicLong lagMillis = new AtomicLong();

  @PostConstruct
  void register() {
    metrics.gauge(LAG, lagMillis, millis -> millis.get() / 1000.0);
  }

  void published(String destination, String eventType) {
    metrics
        .counter(PUBLISHED, new Tag("destination", destination), new Tag("type", eventType))
        .inc();
  }

  void failed(String destination, String eventType, boolean parked) {
    metrics
        .counter(
            FAILED,
            new Tag("destination", destination),
            new Tag("type", eventType),
            new Tag("parked", Boolean.toString(parked)))
        .inc();
  }

  void consumed(String result) {
    metrics.counter(CONSUMED, new Tag("result", result)).inc();
  }

  void lag(Duration lag) {
    lagMillis.set(lag.toMillis());
  }
}
