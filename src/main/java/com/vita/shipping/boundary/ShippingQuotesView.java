package com.vita.shipping.boundary;

import com.vita.platform.country.CountryCode;
import com.vita.shipping.entity.ShippingQuote;
import java.math.BigDecimal;
import java.util.List;

/** The quotes for one parcel to one country. */
public record ShippingQuotesView(String country, List<Quote> quotes) {

  public record Quote(
      String carrier,
      String service,
      Price price,
      BigDecimal chargeableWeightKg,
      ShippingMethodsView.DeliveryDays deliveryDays) {}

  public record Price(BigDecimal amount, String currency) {}

  static ShippingQuotesView of(CountryCode country, List<ShippingQuote> quotes) {
    return new ShippingQuotesView(
        country.value(), quotes.stream().map(ShippingQuotesView::viewOf).toList());
  }

  private static Quote viewOf(ShippingQuote quote) {
    ShippingMethodsView.Method method = ShippingMethodsView.viewOf(quote.method());
    return new Quote(
        method.carrier(),
        method.service(),
        new Price(quote.price().amount(), quote.price().currency().getCurrencyCode()),
        quote.chargeableWeightKg(),
        method.deliveryDays());
  }
}
