package com.vita.shipping.boundary;

import com.vita.shipping.control.Destination;
import com.vita.shipping.control.QuotedShipping;
import com.vita.shipping.control.ShippingCatalog;
import java.math.BigDecimal;
import java.util.List;

/**
 * The quotes for one shipment to one destination, and the zone they were priced in; {@code region}
 * is null when the request named no region VITA recognises (then the country's highest zone).
 */
public record ShippingQuotesView(String country, Region region, int zone, List<Quote> quotes) {

  public record Region(String code, String name) {}

  public record Quote(
      long methodId,
      String carrier,
      String service,
      Price price,
      BigDecimal chargeableWeightKg,
      ShippingMethodsView.DeliveryDays deliveryDays) {}

  /** The amount in the currency's major unit (CLP 4990, EUR 5.95) and in minor units. */
  public record Price(BigDecimal amount, long amountMinor, String currency) {}

  static ShippingQuotesView of(ShippingCatalog.Quotes quotes) {
    Destination destination = quotes.destination();
    return new ShippingQuotesView(
        destination.country().value(),
        destination.defaultZone()
            ? null
            : new Region(destination.regionCode(), destination.regionName()),
        destination.zone(),
        quotes.quotes().stream().map(ShippingQuotesView::viewOf).toList());
  }

  private static Quote viewOf(QuotedShipping quote) {
    return new Quote(
        quote.methodId(),
        quote.carrier(),
        quote.service(),
        new Price(
            quote.price().amount(),
            quote.price().minorUnits(),
            quote.price().currency().getCurrencyCode()),
        quote.billableWeightKg(),
        new ShippingMethodsView.DeliveryDays(quote.minDeliveryDays(), quote.maxDeliveryDays()));
  }
}
