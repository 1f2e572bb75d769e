package com.vita.shipping.control;

import com.vita.platform.problems.BadRequestProblem;
import com.vita.platform.problems.NotFoundProblem;
import com.vita.platform.problems.ProblemException;
import com.vita.platform.problems.ProblemType;
import com.vita.platform.security.Caller;
import com.vita.shipping.entity.EventSource;
import com.vita.shipping.entity.Shipment;
import com.vita.shipping.entity.ShipmentEvent;
import com.vita.shipping.entity.ShipmentStatus;
import com.vita.shipping.entity.TrackingId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A shipment's tracking as people see it: its buyer, its seller and admins read it (anyone else
 * gets the same 404 as for an id that does not exist); its seller, or an admin, records events the
 * carrier's webhook does not send (a parcel handed over at the counter, a delivery the buyer
 * confirmed by phone).
 */
@ApplicationScoped
public class ShipmentTracking {

  // A seller's clock may run a little ahead of ours; an event further in the future is a mistake.
  private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

  @PersistenceContext(unitName = "vita")
  EntityManager entityManager;

  @Inject ShipmentEvents events;

  Clock clock = Clock.systemUTC();

  /** A shipment and its history, oldest event first. */
  public record Tracking(Shipment shipment, List<ShipmentEvent> events) {}

  // A transaction of its own (or the caller's) so the carrier can be loaded for the view.
  @Transactional
  public Tracking of(String trackingId, Caller caller) {
    Shipment shipment =
        findShipment(trackingId)
            .filter(s -> caller.isAdmin() || s.concerns(caller.id()))
            .orElseThrow(() -> notFound(trackingId));
    shipment.carrier().name(); // loaded for the view, before the transaction ends
    return new Tracking(shipment, historyOf(shipment));
  }

  /**
   * Records an event the shipment's seller (or an admin) reports.
   *
   * @throws ProblemException 404 for anyone the shipment does not concern, 403 for its buyer, 400
   *     for a status sellers do not report or a time in the future
   */
  @Transactional
  public Tracking record(String trackingId, ShipmentEvents.Report report, Caller caller) {
    Shipment shipment =
        (TrackingId.isWellFormed(trackingId)
                ? events.locked(trackingId)
                : Optional.<Shipment>empty())
            .filter(s -> caller.isAdmin() || s.concerns(caller.id()))
            .orElseThrow(() -> notFound(trackingId));
    if (!caller.isAdmin() && !shipment.sellerId().equals(caller.id())) {
      throw new ProblemException(
          ProblemType.FORBIDDEN, "Only the seller records events of a shipment");
    }
    if (report.status() == ShipmentStatus.REGISTERED) {
      throw new BadRequestProblem("A shipment is registered when it is opened, not by an event");
    }
    if (report.occurredAt().isAfter(clock.instant().plus(CLOCK_SKEW))) {
      throw new BadRequestProblem("occurredAt is in the future");
    }
    events.record(shipment, report, EventSource.SELLER, caller.id(), null);
    shipment.carrier().name();
    return new Tracking(shipment, historyOf(shipment));
  }

  private java.util.Optional<Shipment> findShipment(String trackingId) {
    if (!TrackingId.isWellFormed(trackingId)) {
      return Optional.empty();
    }
    return entityManager
        .createNamedQuery(Shipment.BY_TRACKING_ID, Shipment.class)
        .setParameter("trackingId", trackingId)
        .getResultStream()
        .findFirst();
  }

  private List<ShipmentEvent> historyOf(Shipment shipment) {
    return entityManager
        .createNamedQuery(ShipmentEvent.OF_SHIPMENT, ShipmentEvent.class)
        .setParameter("shipment", shipment)
        .getResultList();
  }

  private static NotFoundProblem notFound(String trackingId) {
    return new NotFoundProblem("No shipment " + trackingId);
  }
}
