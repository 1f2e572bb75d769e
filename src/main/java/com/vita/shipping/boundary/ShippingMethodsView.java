package com.vita.shipping.boundary;

import com.vita.platform.country.CountryCode;
import com.vita.shipping.entity.ShippingMethod;
import java.util.List;

/** The services offered in one country; delivery days are those of the fastest zone. */
public record ShippingMethodsView(String country, String currency, List<Method> methods) {

  public record Method(long methodId, String carrier, String service, DeliveryDays deliveryDays) {}

  public record DeliveryDays(int min, int max) {}

  static ShippingMethodsView of(CountryCode country, List<ShippingMethod> methods) {
    return new ShippingMethodsView(
        country.value(),
        methods.get(0).country().currency().getCurrencyCode(),
        methods.stream().map(ShippingMethodsView::viewOf).toList());
  }

  static Method viewOf(ShippingMethod method) {
    return new Method(
        method.id(),
        method.carrier(),
        method.service(),
        new DeliveryDays(method.minDeliveryDays(), method.maxDeliveryDays()));
  }
}
