package com.vita.platform.outbox;

import com.vita.platform.persistence.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The rows of {@code outbox_event} the dispatcher works on, in the caller's transaction. */
@ApplicationScoped
public class PendingEvents {

  /** The advisory lock one dispatching transaction holds across instances: "VITAOUTB" in ASCII. */
  static final long DISPATCH_LOCK = 0x564954414f555442L;

  /**
   * Due events in log order. An event is left out while an earlier event of its aggregate waits for
   * its next try, so it never overtakes it; parked events hold back nothing.
   */
  private static final String DUE =
      "select e.id, e.aggregate_type, e.aggregate_id, e.event_type, e.occurred_at,"
          + " cast(e.payload as text), e.attempts from outbox_event e"
          + " where e.published_at is null and e.parked_at is null"
          + " and (e.next_attempt_at is null or e.next_attempt_at <= ?1)"
          + " and not exists (select 1 from outbox_event b where b.aggregate_id = e.aggregate_id"
          + " and b.sequence < e.sequence and b.published_at is null and b.parked_at is null"
          + " and b.next_attempt_at > ?1)"
          + " order by e.sequence limit ?2";

  @PersistenceContext(unitName = "vita")
  EntityManager entityManager;

  /** One pending row: the message it becomes and how often it was tried. */
  record Pending(OutboxMessage message, int attempts) {}

  /** True when this transaction now holds the dispatch lock, false when another one does. */
  boolean lock() {
    return Boolean.TRUE.equals(
        entityManager
            .createNativeQuery("select pg_try_advisory_xact_lock(?1)")
            .setParameter(1, DISPATCH_LOCK)
            .getSingleResult());
  }

  List<Pending> due(Instant now, int limit) {
    List<?> rows =
        entityManager
            .createNativeQuery(DUE)
            .setParameter(1, now)
            .setParameter(2, limit)
            .getResultList();
    return rows.stream().map(Object[].class::cast).map(PendingEvents::pending).toList();
  }

  void published(UUID id, Instant now) {
    entityManager
        .createNativeQuery(
            "update outbox_event set published_at = ?1, next_attempt_at = null where id = ?2")
        .setParameter(1, now)
        .setParameter(2, id)
        .executeUpdate();
  }

  /** Records a failed try: the next one after {@code retryAt}, or none when {@code parked}. */
  void failed(UUID id, String error, Instant retryAt, boolean parked, Instant now) {
    entityManager
        .createNativeQuery(
            "update outbox_event set attempts = attempts + 1, last_error = left(?1, 500),"
                + " next_attempt_at = ?2, parked_at = ?3 where id = ?4")
        .setParameter(1, error)
        .setParameter(2, parked ? null : retryAt)
        .setParameter(3, parked ? now : null)
        .setParameter(4, id)
        .executeUpdate();
  }

  /** How long the oldest pending event has waited; zero when none waits. */
  Duration lag(Instant now) {
    List<?> oldest =
        entityManager
            .createNativeQuery(
                "select occurred_at from outbox_event where published_at is null"
                    + " and parked_at is null order by sequence limit 1")
            .getResultList();
    return oldest.isEmpty()
        ? Duration.ZERO
        : Optional.of(Duration.between(SqlValues.instant(oldest.get(0)), now))
            .filter(lag -> !lag.isNegative())
            .orElse(Duration.ZERO);
  }

  private static Pending pending(Object[] c) {
    JsonReader reader = Json.createReader(new StringReader((String) c[5]));
    OutboxMessage message =
        new OutboxMessage(
            (UUID) c[0],
            (String) c[1],
            (UUID) c[2],
            (String) c[3],
            SqlValues.instant(c[4]),
            reader.readObject());
    return new Pending(message, ((Number) c[6]).intValue());
  }
}
