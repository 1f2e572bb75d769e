package com.vita.payments.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * A verified provider event, applied once: its id is inserted first ({@code provider_event}'s key),
 * so a redelivery — or the same event sent three times at once, which waits on the first insert —
 * finds it there and changes nothing. The event's payment or refund is then settled on the same
 * path as every other answer of the provider, in the same transaction: the event is recorded if and
 * only if its effect was. Events about anything else are recorded and acknowledged.
 */
@ApplicationScoped
public class ProviderWebhooks {

  private static final System.Logger LOG = System.getLogger(ProviderWebhooks.class.getName());

  @PersistenceContext(unitName = "vita")
  EntityManager entityManager;

  @Inject PaymentSettlement payments;
  @Inject RefundSettlement refunds;

  Clock clock = Clock.systemUTC();

  /** The result, as {@code webhook_events_total} labels it. */
  @Transactional(Transactional.TxType.REQUIRED)
  public String receive(String provider, ProviderNotice notice) {
    if (!firstTime(provider, notice.eventId(), notice.type(), notice.objectRef())) {
      return "duplicate";
    }
    String outcome;
    if (notice.payment() != null) {
      outcome = payments.apply(provider, notice.payment()).label();
    } else if (notice.refund() != null) {
      outcome = refunds.apply(notice.refund()).label();
    } else {
      LOG.log(
          System.Logger.Level.INFO,
          "{0} event {1} ({2}) acknowledged: VITA does not act on it",
          provider,
          notice.eventId(),
          notice.type());
      outcome = "unhandled";
    }
    recordOutcome(provider, notice.eventId(), outcome);
    return outcome;
  }

  /**
   * Records the event as received, unless it was before: false for a redelivery (which waits on a
   * concurrent first delivery's insert and then finds it). For providers whose events are applied
   * by their own code (Cregis' callbacks), in the transaction that applies them.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean firstTime(String provider, String eventId, String type, String objectRef) {
    return entityManager
            .createNativeQuery(
                "insert into provider_event (provider, event_id, event_type, object_ref, outcome,"
                    + " received_at) values (?1, ?2, ?3, ?4, 'received', ?5) on conflict do nothing")
            .setParameter(1, provider)
            .setParameter(2, eventId)
            .setParameter(3, type)
            .setParameter(4, objectRef)
            .setParameter(5, clock.instant())
            .executeUpdate()
        == 1;
  }

  /** What applying the event did, on its row. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void recordOutcome(String provider, String eventId, String outcome) {
    entityManager
        .createNativeQuery(
            "update provider_event set outcome = ?3 where provider = ?1 and event_id = ?2")
        .setParameter(1, provider)
        .setParameter(2, eventId)
        .setParameter(3, outcome)
        .executeUpdate();
  }
}
