package com.vita.shipping.control;

import com.vita.platform.problems.NotFoundProblem;
import com.vita.shipping.entity.Carrier;
import com.vita.shipping.entity.ShippingMethod;
import com.vita.shipping.entity.ShippingTariff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Prices from VITA's rate tables ({@code shipping_tariff}): the service's tariff for the zone, read
 * on every quote so an admin's edit applies to the next one. No live tracking: events come from the
 * seller and the carrier's webhook.
 */
@ApplicationScoped
public class TableRateGateway implements CarrierGateway {

  @PersistenceContext(unitName = "vita")
  EntityManager entityManager;

  @Override
  public CarrierQuote quote(ShippingMethod method, Destination destination, BigDecimal billableKg) {
    ShippingTariff tariff =
        entityManager
            .createNamedQuery(ShippingTariff.OF_METHOD_IN_ZONE, ShippingTariff.class)
            .setParameter("method", method.id())
            .setParameter("zone", (short) destination.zone())
            .getResultStream()
            .findFirst()
            .orElseThrow(
                () ->
                    new NotFoundProblem(
                        method.carrier()
                            + " "
                            + method.service()
                            + " has no rates for zone "
                            + destination.zone()));
    long grams = billableKg.movePointRight(3).longValueExact();
    return new CarrierQuote(
        tariff.priceFor(grams), tariff.minDeliveryDays(), tariff.maxDeliveryDays());
  }

  @Override
  public Optional<List<TrackingEvent>> liveTracking(Carrier carrier, String trackingNumber) {
    return Optional.empty();
  }
}
