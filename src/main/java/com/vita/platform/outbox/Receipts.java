package com.vita.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/**
 * Makes an at-least-once delivery act once: an observer calls {@link #firstTime} in the transaction
 * of its effect, and skips the event when it answers false. Two deliveries racing each other: the
 * second waits on the first's row and then sees it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Receipts {

  @PersistenceContext(unitName = "vita")
  EntityManager entityManager;

  /**
   * Records that the consumer received the event.
   *
   * @param consumer lower-case name of the observer, e.g. {@code stores.analytics}
   * @return true the first time for this consumer and event, false for every repeat
   */
  public boolean firstTime(String consumer, UUID eventId) {
    return entityManager
            .createNativeQuery(
                "INSERT INTO outbox_receipt (consumer, event_id, received_at) VALUES (?1, ?2, ?3)"
                    + " ON CONFLICT DO NOTHING")
            .setParameter(1, consumer)
            .setParameter(2, eventId)
            .setParameter(3, Instant.now())
            .executeUpdate()
        == 1;
  }
}
