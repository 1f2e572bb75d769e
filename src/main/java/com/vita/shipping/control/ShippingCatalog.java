package com.vita.shipping.control;

import com.vita.platform.country.CountryCode;
import com.vita.platform.problems.NotFoundProblem;
import com.vita.shipping.entity.ShippingMethod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;

/**
 * The shipping services offered in a country and what they charge for a shipment: billable weight
 * by the carrier's divisor ({@link ShipmentWeights}), the zone of the destination region ({@link
 * ShippingZones}), the price and days from the carrier ({@link CarrierGateway}).
 */
@ApplicationScoped
public class ShippingCatalog {

  @PersistenceContext(unitName = "vita")
  EntityManager entityManager;

  @Inject ShipmentWeights weights;
  @Inject ShippingZones zones;
  @Inject CarrierGateway gateway;

  /** Every service's quote for one destination, cheapest first, and the zone they are priced in. */
  public record Quotes(Destination destination, List<QuotedShipping> quotes) {}

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
   * relies on at checkout). The items travel as one parcel: each unit counts with the larger of its
   * actual and volumetric weight, and the sum is priced in the zone of the destination region.
   *
   * @param region the destination's region (code, name or usual alias); null or unknown is priced
   *     in the country's highest zone
   * @throws NotFoundProblem when the method does not exist or does not serve the destination
   */
  public QuotedShipping quote(
      long methodId, CountryCode destination, String region, List<ShippingItem> items) {
    // Fetched with its country: orders may call this outside a transaction.
    ShippingMethod method =
        entityManager
            .createNamedQuery(ShippingMethod.BY_ID, ShippingMethod.class)
            .setParameter("id", methodId)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (method == null || !method.country().code().equals(destination)) {
      throw new NotFoundProblem("No shipping method " + methodId + " delivers to " + destination);
    }
    return quote(method, zones.resolve(destination, region), items);
  }

  /** A quote from every service in the destination country, cheapest first. */
  public Quotes quotesFor(CountryCode destination, String region, List<ShippingItem> items) {
    List<ShippingMethod> methods = methodsIn(destination);
    Destination resolved = zones.resolve(destination, region);
    List<QuotedShipping> quotes =
        methods.stream()
            .map(method -> quote(method, resolved, items))
            .sorted(
                Comparator.comparing(QuotedShipping::price)
                    .thenComparing(QuotedShipping::minDeliveryDays))
            .toList();
    return new Quotes(resolved, quotes);
  }

  private QuotedShipping quote(
      ShippingMethod method, Destination destination, List<ShippingItem> items) {
    var billable = weights.billableKg(items, method.volumetricDivisor());
    CarrierQuote quote = gateway.quote(method, destination, billable);
    return new QuotedShipping(
        method.id(),
        method.carrier(),
        method.service(),
        quote.price(),
        billable,
        quote.minDeliveryDays(),
        quote.maxDeliveryDays());
  }
}
