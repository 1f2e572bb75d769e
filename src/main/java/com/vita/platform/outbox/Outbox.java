package com.vita.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Writes an event into {@code outbox_event} in the caller's transaction, so the event exists if and
 * only if the change it announces was committed. Publishing happens later, elsewhere.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Outbox {

  @PersistenceContext(unitName = "vita")
  EntityManager entityManager;

  @Inject Event<OutboxAppended> appended;

  /**
   * Appends an event to the outbox.
   *
   * @param aggregateType lower-case name of what changed, e.g. {@code order}
   * @param aggregateId its id: events of one aggregate are published in the order appended
   * @param eventType dotted lower-case name, e.g. {@code order.placed}
   * @param payload the event's facts (ids, amounts in minor units, states); never secrets
   * @return the event id, the consumers' deduplication key
   */
  public UUID append(String aggregateType, UUID aggregateId, String eventType, JsonObject payload) {
    Objects.requireNonNull(aggregateId, "aggregateId");
    Objects.requireNonNull(payload, "payload");
    UUID id = UUID.randomUUID();
    entityManager
        .createNativeQuery(
            "INSERT INTO outbox_event (id, aggregate_type, aggregate_id, event_type, payload,"
                + " occurred_at) VALUES (?1, ?2, ?3, ?4, CAST(?5 AS jsonb), ?6)")
        .setParameter(1, id)
        .setParameter(2, aggregateType)
        .setParameter(3, aggregateId)
        .setParameter(4, eventType)
        .setParameter(5, payload.toString())
        .setParameter(6, Instant.now())
        .executeUpdate();
    appended.fire(new OutboxAppended(id)); // observed after the commit: the dispatcher's nudge
    return id;
  }
}
