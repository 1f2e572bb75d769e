package com.vita.stores.boundary;

import com.vita.platform.money.Money;
import com.vita.stores.control.StoreAnalytics;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A store's analytics: UTC days {@code from} to {@code to}; revenue per currency as decimal amounts
 * at the currency's scale (CLP without decimals).
 *
 * @param views page views in the period; {@code viewsTotal} since the store opened
 */
public record AnalyticsView(
    String storeId,
    LocalDate from,
    LocalDate to,
    long orders,
    List<Amount> revenue,
    List<Product> topProducts,
    long views,
    long viewsTotal) {

  public record Amount(BigDecimal amount, String currency) {
    static Amount of(Money money) {
      return new Amount(money.amount(), money.currency().getCurrencyCode());
    }
  }

  public record Product(String productId, String name, long units, Amount revenue) {}

  static AnalyticsView of(StoreAnalytics.Report r) {
    return new AnalyticsView(
        r.storeId().toString(),
        r.from(),
        r.to(),
        r.orders(),
        r.revenue().stream().map(Amount::of).toList(),
        r.topProducts().stream()
            .map(
                p ->
                    new Product(
                        p.productId().toString(), p.name(), p.units(), Amount.of(p.revenue())))
            .toList(),
        r.views(),
        r.viewsTotal());
  }
}
