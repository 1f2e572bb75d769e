package com.vita.shipping.control;

import com.vita.platform.country.CountryCode;
import com.vita.platform.problems.NotFoundProblem;
import com.vita.shipping.entity.Parcel;
import com.vita.shipping.entity.ShippingMethod;
import com.vita.shipping.entity.ShippingQuote;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;

/** The shipping services offered in a country and what they charge for a parcel. */
@ApplicationScoped
public class ShippingCatalog {

  @PersistenceContext(unitName = "vita")
  EntityManager entityManager;

  @Inject ShipmentWeights weights;

  /** The country's services, by carrier; 404 for a country VITA does not ship in. */
  public List<ShippingMethod> methodsIn(CountryCode country) {
    List<ShippingMethod> methods =
        entityManager
            .createNamedQuery(ShippingMethod.IN_COUNTRY, ShippingMethod.class)
            .setParameter("code", country.value())
            .getResultList();
    if (methods.isEmpty()) {
      throw new NotFoundProblem("VITA does not ship in " + country);
    }
    return methods;
  }

  /**
   * The quote of one service for a shipment of several items to a destination (the contract orders
   * relies on at checkout). The items travel as one parcel: their weights add up, and each item's
   * volumetric weight counts where it exceeds its actual weight.
   *
   * @param region the destination's region (state, province, emirate); rates may depend on it
   * @throws NotFoundProblem when the method does not exist or does not serve the destination
   */
  public QuotedShipping quote(
      long methodId, CountryCode destination, String region, List<ShippingItem> items) {
    ShippingMethod method = entityManager.find(ShippingMethod.class, methodId);
    if (method == null || !method.country().code().equals(destination)) {
      throw new NotFoundProblem("No shipping method " + methodId + " delivers to " + destination);
    }
    ShippingQuote quote =
        method.quoteBillable(weights.billableKg(items, method.volumetricDivisor()));
    return new QuotedShipping(
        methodId,
        method.carrier(),
        method.service(),
        quote.price(),
        quote.chargeableWeightKg(),
        method.minDeliveryDays(),
        method.maxDeliveryDays());
  }

  /** A quote from every service in the destination country, cheapest first. */
  public List<ShippingQuote> quotesFor(CountryCode destination, Parcel parcel) {
    return methodsIn(destination).stream()
        .map(method -> method.quote(parcel))
        .sorted(Comparator.comparing(ShippingQuote::price))
        .toList();
  }
}
