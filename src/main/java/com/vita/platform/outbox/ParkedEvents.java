package com.vita.platform.outbox;

import com.vita.platform.audit.AuditTrail;
import com.vita.platform.persistence.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Events parked after their in-process delivery kept failing: what an admin lists, and requeues
 * once the observer is fixed (the event then goes out again, after any later events of its
 * aggregate that were delivered meanwhile: parking gives up the order, as a dead-letter queue
 * does).
 */
@ApplicationScoped
public class ParkedEvents {

  static final int MAX_LISTED = 100;

  @PersistenceContext(unitName = "vita")
  EntityManager entityManager;

  @Inject AuditTrail audit;

  @Inject Event<OutboxAppended> requeued;

  /** A parked event as an admin sees it: what it is, how often it failed, the last error. */
  public record Parked(
      UUID eventId,
      String aggregateType,
      UUID aggregateId,
      String eventType,
      Instant occurredAt,
      int attempts,
      String lastError,
      Instant parkedAt) {}

  /** The oldest parked first, at most {@value #MAX_LISTED}. */
  public List<Parked> list() {
    List<?> rows =
        entityManager
            .createNativeQuery(
                "select id, aggregate_type, aggregate_id, event_type, occurred_at, attempts,"
                    + " last_error, parked_at from outbox_event where parked_at is not null"
                    + " order by parked_at, sequence limit "
                    + MAX_LISTED)
            .getResultList();
    return rows.stream()
        .map(Object[].class::cast)
        .map(
            c ->
                new Parked(
                    (UUID) c[0],
                    (String) c[1],
                    (UUID) c[2],
                    (String) c[3],
                    SqlValues.instant(c[4]),
                    ((Number) c[5]).intValue(),
                    (String) c[6],
                    SqlValues.instant(c[7])))
        .toList();
  }

  /**
   * Puts a parked event back in the work list with a fresh count of tries.
   *
   * @return false when no parked event has that id
   */
  @Transactional
  public boolean requeue(UUID eventId, UUID adminId) {
    int changed =
        entityManager
            .createNativeQuery(
                "update outbox_event set parked_at = null, attempts = 0, next_attempt_at = null"
                    + " where id = ?1 and parked_at is not null")
            .setParameter(1, eventId)
            .executeUpdate();
    if (changed == 0) {
      return false;
    }
    audit.record("outbox.event.requeued", adminId, eventId.toString(), Map.of());
    requeued.fire(new OutboxAppended(eventId)); // the dispatcher's nudge after the commit
    return true;
  }
}
