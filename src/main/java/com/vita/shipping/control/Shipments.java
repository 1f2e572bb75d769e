package com.vita.shipping.control;

import com.vita.platform.persistence.UniqueViolation;
import com.vita.platform.problems.BadRequestProblem;
import com.vita.platform.problems.ProblemException;
import com.vita.platform.problems.ProblemType;
import com.vita.shipping.entity.Carrier;
import com.vita.shipping.entity.Shipment;
import com.vita.shipping.entity.ShipmentEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Shipments as orders sees them: one opened when a seller ships an order (inside the transaction
 * that moves the order to shipped, so both happen or neither), and its tracking history.
 */
@ApplicationScoped
public class Shipments {

  private static final Pattern TRACKING_NUMBER = Pattern.compile("[A-Za-z0-9-]{4,100}");

  @PersistenceContext(unitName = "vita")
  EntityManager entityManager;

  @jakarta.inject.Inject Carriers carriers;

  Clock clock = Clock.systemUTC();

  /**
   * Opens the order's shipment and returns its VITA tracking id. Joins the caller's transaction.
   *
   * @param carrier a carrier's name or code ({@code Chilexpress}, {@code chilexpress}), any case;
   *     any carrier of a country VITA ships in
   * @throws BadRequestProblem (400) for an unknown carrier or a tracking number that is not 4–100
   *     letters, digits or dashes
   * @throws ProblemException (409) when the order already has a shipment, or the carrier's tracking
   *     number is already another shipment's
   */
  @Transactional(Transactional.TxType.REQUIRED)
  public String open(
      UUID orderId,
      UUID storeId,
      UUID sellerId,
      UUID buyerId,
      String carrier,
      String trackingNumber) {
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(storeId, "storeId");
    Objects.requireNonNull(sellerId, "sellerId");
    Objects.requireNonNull(buyerId, "buyerId");
    Carrier chosen =
        carriers
            .find(carrier)
            .orElseThrow(
                () -> new BadRequestProblem("VITA does not work with the carrier " + carrier));
    String number = trackingNumber == null ? "" : trackingNumber.strip();
    if (!TRACKING_NUMBER.matcher(number).matches()) {
      throw new BadRequestProblem(
          "A tracking number is 4 to 100 letters, digits or dashes, as the carrier gave it");
    }
    if (shipmentOf(orderId).isPresent()) {
      throw new ProblemException(ProblemType.CONFLICT, "The order already has a shipment");
    }
    Shipment.Opened opened =
        Shipment.open(orderId, storeId, sellerId, buyerId, chosen, number, clock.instant());
    try {
      entityManager.persist(opened.shipment());
      entityManager.persist(opened.firstEvent());
      entityManager.flush();
    } catch (PersistenceException failure) {
      if (UniqueViolation.of(failure, "shipment_carrier_tracking_number")) {
        throw new ProblemException(
            ProblemType.CONFLICT,
            chosen.name() + " tracking number " + number + " is another shipment's");
      }
      if (UniqueViolation.of(failure, "shipment_order")) {
        throw new ProblemException(ProblemType.CONFLICT, "The order already has a shipment");
      }
      throw failure;
    }
    return opened.shipment().trackingId();
  }

  /** The order's tracking history, oldest first; empty when the order has no shipment yet. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<TrackingEvent> events(UUID orderId) {
    return shipmentOf(orderId).map(this::historyOf).orElse(List.of());
  }

  /** A shipment's history, oldest first. */
  List<TrackingEvent> historyOf(Shipment shipment) {
    return entityManager
        .createNamedQuery(ShipmentEvent.OF_SHIPMENT, ShipmentEvent.class)
        .setParameter("shipment", shipment)
        .getResultStream()
        .map(
            event ->
                new TrackingEvent(
                    event.status().value(),
                    event.description(),
                    event.location(),
                    event.occurredAt()))
        .toList();
  }

  private Optional<Shipment> shipmentOf(UUID orderId) {
    return entityManager
        .createNamedQuery(Shipment.BY_ORDER, Shipment.class)
        .setParameter("orderId", orderId)
        .getResultStream()
        .findFirst();
  }
}
