package com.vita.stores.control;

import com.vita.platform.money.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

/**
 * A store's numbers over its last days: orders, revenue per currency, best-selling products, page
 * views. Sales are read from {@code store_sale_daily} and {@code store_product_sale_daily}, which
 * {@link OrderSales} fills from the orders component's events. Views come from {@link StoreViews}.
 */
@ApplicationScoped
public class StoreAnalytics {

  static final int TOP_PRODUCTS = 5;

  @PersistenceContext(unitName = "vita")
  EntityManager entityManager;

  @Inject StoreViews views;

  Clock clock = Clock.systemUTC();

  /** The report: UTC days {@code from} to {@code to}, both included. */
  public record Report(
      UUID storeId,
      LocalDate from,
      LocalDate to,
      long orders,
      List<Money> revenue,
      List<TopProduct> topProducts,
      long views,
      long viewsTotal) {}

  public record TopProduct(UUID productId, String name, long units, Money revenue) {}

  /** The store's last {@code days} UTC days, today included; the caller checked access. */
  public Report lastDays(UUID storeId, int days) {
    LocalDate to = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    LocalDate from = to.minusDays(days - 1L);
    long orders = 0;
    List<Money> revenue = new java.util.ArrayList<>();
    for (Object row : sales(storeId, from, to)) {
      Object[] c = (Object[]) row;
      orders += ((Number) c[1]).longValue();
      revenue.add(money(c[2], c[0]));
    }
    List<TopProduct> top =
        topProducts(storeId, from, to).stream()
            .map(Object[].class::cast)
            .map(
                c ->
                    new TopProduct(
                        (UUID) c[0], (String) c[1], ((Number) c[3]).longValue(), money(c[4], c[2])))
            .toList();
    return new Report(
        storeId,
        from,
        to,
        orders,
        List.copyOf(revenue),
        top,
        views.between(storeId, from, to),
        views.total(storeId));
  }

  private List<?> sales(UUID storeId, LocalDate from, LocalDate to) {
    return entityManager
        .createNativeQuery(
            "select currency, sum(orders), sum(revenue_minor) from store_sale_daily"
                + " where store_id = ?1 and day between ?2 and ?3"
                + " group by currency order by currency")
        .setParameter(1, storeId)
        .setParameter(2, from)
        .setParameter(3, to)
        .getResultList();
  }

  private List<?> topProducts(UUID storeId, LocalDate from, LocalDate to) {
    return entityManager
        .createNativeQuery(
            "select product_id, (array_agg(product_name order by day desc))[1], currency,"
                + " sum(units) as units, sum(revenue_minor) as revenue"
                + " from store_product_sale_daily where store_id = ?1 and day between ?2 and ?3"
                + " group by product_id, currency order by units desc, revenue desc, product_id"
                + " limit "
                + TOP_PRODUCTS)
        .setParameter(1, storeId)
        .setParameter(2, from)
        .setParameter(3, to)
        .getResultList();
  }

  private static Money money(Object minorUnits, Object currency) {
    return Money.ofMinor(
        ((Number) minorUnits).longValue(), Currency.getInstance((String) currency));
  }
}
