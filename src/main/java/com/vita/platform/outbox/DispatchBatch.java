package com.vita.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * One dispatching transaction: under the dispatch lock (one instance at a time), the due events in
 * log order, each published and marked, or its failure recorded. A failure holds back the rest of
 * its aggregate's events in this batch and, through {@code next_attempt_at}, in later ones; other
 * aggregates go on.
 *
 * <p>Marks commit after the publications: a dispatcher that dies in between leaves its events
 * unpublished, and the next run publishes them again, with the same deduplication id (SQS drops the
 * copy) and the same event id (observers' {@link Receipts} skip it).
 */
@ApplicationScoped
public class DispatchBatch {

  private static final System.Logger LOG = System.getLogger(DispatchBatch.class.getName());

  @Inject PendingEvents events;

  @Inject OutboxChannel channel;

  @Inject OutboxMetrics metrics;

  Clock clock = Clock.systemUTC();

  /** What a run did. */
  record Run(boolean locked, int selected, int published, int failed) {
    static final Run BUSY = new Run(false, 0, 0, 0);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Run run() {
    if (!events.lock()) {
      return Run.BUSY;
    }
    OutboxSettings settings = channel.settings();
    Publisher publisher = channel.publisher();
    var due = events.due(clock.instant(), settings.batchSize());
    Set<UUID> held = new HashSet<>();
    int published = 0;
    int failed = 0;
    for (PendingEvents.Pending pending : due) {
      OutboxMessage message = pending.message();
      if (held.contains(message.aggregateId())) {
        continue;
      }
      try {
        publisher.publish(message);
        events.published(message.eventId(), clock.instant());
        metrics.published(publisher.destination(), message.eventType());
        published++;
      } catch (RuntimeException e) {
        held.add(message.aggregateId());
        failed++;
        int attempts = pending.attempts() + 1;
        boolean park =
            publisher.parksAfterRepeatedFailure() && attempts >= settings.inProcessMaxAttempts();
        Instant now = clock.instant();
        events.failed(
            message.eventId(), describe(e), now.plus(settings.backoff(attempts)), park, now);
        metrics.failed(publisher.destination(), message.eventType(), park);
        LOG.log(
            System.Logger.Level.WARNING,
            "Outbox event {0} ({1} of {2} {3}) not published to {4}, try {5}: {6}",
            message.eventId(),
            message.eventType(),
            message.aggregateType(),
            message.aggregateId(),
            publisher.destination(),
            attempts,
            park ? "parked" : "retried in " + settings.backoff(attempts));
      }
    }
    metrics.lag(events.lag(clock.instant()));
    return new Run(true, due.size(), published, failed);
  }

  /** The innermost cause names what went wrong; the outer layers are the container's wrapping. */
  static String describe(Throwable failure) {
    Throwable cause = failure;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    String text = cause.getClass().getName() + ": " + cause.getMessage();
    return text.length() > 500 ? text.substring(0, 500) : text;
  }
}
