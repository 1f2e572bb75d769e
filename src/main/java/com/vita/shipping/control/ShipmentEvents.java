package com.vita.shipping.control;

import com.vita.shipping.entity.EventSource;
import com.vita.shipping.entity.Shipment;
import com.vita.shipping.entity.ShipmentStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * Records a tracking event on a shipment, whoever reported it, and fires {@link ShipmentDelivered}
 * (synchronously, in the same transaction) when the event delivers it: orders moves the order to
 * delivered, and if that fails the event is not recorded either. Callers hold the shipment's row
 * lock ({@link #locked}), so events of one shipment are applied one at a time.
 */
@ApplicationScoped
public class ShipmentEvents {

  @PersistenceContext(unitName = "vita")
  EntityManager entityManager;

  @Inject Event<ShipmentDelivered> delivered;

  Clock clock = Clock.systemUTC();

  /** A report of one event, in VITA's words. */
  public record Report(
      ShipmentStatus status, String description, String location, java.time.Instant occurredAt) {}

  /** The shipment with this VITA tracking id, its row locked for the rest of the transaction. */
  @Transactional(Transactional.TxType.MANDATORY)
  public Optional<Shipment> locked(String trackingId) {
    return entityManager
        .createNamedQuery(Shipment.BY_TRACKING_ID, Shipment.class)
        .setParameter("trackingId", trackingId)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  /** The shipment a carrier's tracking number names, its row locked. */
  @Transactional(Transactional.TxType.MANDATORY)
  public Optional<Shipment> lockedByCarrierNumber(String carrierCode, String trackingNumber) {
    return entityManager
        .createNamedQuery(Shipment.BY_CARRIER_NUMBER, Shipment.class)
        .setParameter("carrier", carrierCode)
        .setParameter("trackingNumber", trackingNumber)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  /**
   * Records the event on the (locked) shipment.
   *
   * @param recordedBy the seller's or admin's account, for an event they entered; else null
   * @param carrierEventId the carrier's event id, for a webhook's event; else null
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void record(
      Shipment shipment,
      Report report,
      EventSource source,
      UUID recordedBy,
      String carrierEventId) {
    Shipment.Recorded recorded =
        shipment.record(
            report.status(),
            report.description(),
            report.location(),
            report.occurredAt(),
            source,
            recordedBy,
            carrierEventId,
            clock.instant());
    entityManager.persist(recorded.event());
    entityManager.flush();
    if (recorded.delivered()) {
      delivered.fire(
          new ShipmentDelivered(
              shipment.orderId(), shipment.trackingId(), shipment.deliveredAt().orElseThrow()));
    }
  }

  /** True when the carrier's event was recorded before (a webhook delivered again). */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean knownCarrierEvent(String carrierCode, String carrierEventId) {
    return !entityManager
        .createNativeQuery(
            "select 1 from shipment_event where carrier_code = ?1 and carrier_event_id = ?2")
        .setParameter(1, carrierCode)
        .setParameter(2, carrierEventId)
        .getResultList()
        .isEmpty();
  }
}
