package com.vita.stores.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The sales tables the analytics read ({@code store_sale_daily}, {@code store_product_sale_daily})
 * and the orders counted in them ({@code store_order_sale}), written in the caller's transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class SaleLedger {

  private static final String ADD_DAY =
      "insert into store_sale_daily (store_id, day, currency, orders, revenue_minor)"
          + " values (?1, ?2, ?3, ?4, ?5) on conflict (store_id, day, currency) do update set"
          + " orders = store_sale_daily.orders + excluded.orders,"
          + " revenue_minor = store_sale_daily.revenue_minor + excluded.revenue_minor";

  private static final String ADD_PRODUCT =
      "insert into store_product_sale_daily (store_id, day, product_id, product_name, currency,"
          + " units, revenue_minor) values (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
          + " on conflict (store_id, day, product_id, currency) do update set"
          + " units = store_product_sale_daily.units + excluded.units,"
          + " revenue_minor = store_product_sale_daily.revenue_minor + excluded.revenue_minor";

  private static final String TAKE_BACK_DAY =
      "update store_sale_daily set orders = orders - 1, revenue_minor = revenue_minor - ?4"
          + " where store_id = ?1 and day = ?2 and currency = ?3";

  private static final String TAKE_BACK_PRODUCT =
      "update store_product_sale_daily set units = units - ?5, revenue_minor = revenue_minor - ?6"
          + " where store_id = ?1 and day = ?2 and product_id = ?3 and currency = ?4";

  @PersistenceContext(unitName = "vita")
  EntityManager entityManager;

  /**
   * Counts the sale unless this order was counted before.
   *
   * @return false when it was (or its store is unknown here) and nothing changed
   */
  boolean count(OrderSale sale, Instant now) {
    int inserted =
        entityManager
            .createNativeQuery(
                "insert into store_order_sale (order_id, store_id, day, currency, total_minor,"
                    + " lines, counted_at) select ?1, s.id, ?3, ?4, ?5, cast(?6 as jsonb), ?7"
                    + " from store s where s.id = ?2 on conflict (order_id) do nothing")
            .setParameter(1, sale.orderId())
            .setParameter(2, sale.storeId())
            .setParameter(3, sale.day())
            .setParameter(4, sale.currency())
            .setParameter(5, sale.totalMinor())
            .setParameter(6, linesJson(sale.lines()))
            .setParameter(7, now)
            .executeUpdate();
    if (inserted == 0) {
      return false;
    }
    add(sale, 1);
    return true;
  }

  /**
   * Takes back a counted sale, once, with the figures it was counted with.
   *
   * @return false when the order was never counted or already taken back
   */
  boolean takeBack(UUID orderId, Instant now) {
    List<?> rows =
        entityManager
            .createNativeQuery(
                "select store_id, day, currency, total_minor, cast(lines as text)"
                    + " from store_order_sale where order_id = ?1 and taken_back_at is null"
                    + " for update")
            .setParameter(1, orderId)
            .getResultList();
    if (rows.isEmpty()) {
      return false;
    }
    Object[] c = (Object[]) rows.get(0);
    UUID store = (UUID) c[0];
    LocalDate day = day(c[1]);
    String currency = (String) c[2];
    entityManager
        .createNativeQuery("update store_order_sale set taken_back_at = ?2 where order_id = ?1")
        .setParameter(1, orderId)
        .setParameter(2, now)
        .executeUpdate();
    entityManager
        .createNativeQuery(TAKE_BACK_DAY)
        .setParameter(1, store)
        .setParameter(2, day)
        .setParameter(3, currency)
        .setParameter(4, ((Number) c[3]).longValue())
        .executeUpdate();
    for (OrderSale.Line line : lines((String) c[4])) {
      entityManager
          .createNativeQuery(TAKE_BACK_PRODUCT)
          .setParameter(1, store)
          .setParameter(2, day)
          .setParameter(3, line.productId())
          .setParameter(4, currency)
          .setParameter(5, line.quantity())
          .setParameter(6, line.totalMinor())
          .executeUpdate();
    }
    return true;
  }

  private void add(OrderSale sale, long orders) {
    entityManager
        .createNativeQuery(ADD_DAY)
        .setParameter(1, sale.storeId())
        .setParameter(2, sale.day())
        .setParameter(3, sale.currency())
        .setParameter(4, orders)
        .setParameter(5, sale.totalMinor())
        .executeUpdate();
    for (OrderSale.Line line : sale.lines()) {
      entityManager
          .createNativeQuery(ADD_PRODUCT)
          .setParameter(1, sale.storeId())
          .setParameter(2, sale.day())
          .setParameter(3, line.productId())
          .setParameter(4, truncated(line.name()))
          .setParameter(5, sale.currency())
          .setParameter(6, line.quantity())
          .setParameter(7, line.totalMinor())
          .executeUpdate();
    }
  }

  private static String truncated(String name) {
    return name.length() <= 100 ? name : name.substring(0, 100); // the column's width
  }

  private static String linesJson(List<OrderSale.Line> lines) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (OrderSale.Line line : lines) {
      array.add(
          Json.createObjectBuilder()
              .add("productId", line.productId().toString())
              .add("name", line.name())
              .add("quantity", line.quantity())
              .add("lineTotalMinor", line.totalMinor()));
    }
    return array.build().toString();
  }

  private static List<OrderSale.Line> lines(String json) {
    List<OrderSale.Line> lines = new ArrayList<>();
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      for (JsonValue value : reader.readArray()) {
        JsonObject line = value.asJsonObject();
        lines.add(
            new OrderSale.Line(
                UUID.fromString(line.getString("productId")),
                line.getString("name"),
                line.getJsonNumber("quantity").longValueExact(),
                line.getJsonNumber("lineTotalMinor").longValueExact()));
      }
    }
    return lines;
  }

  private static LocalDate day(Object value) {
    return value instanceof LocalDate day ? day : ((java.sql.Date) value).toLocalDate();
  }
}
