package com.vita.catalog.control;

import com.vita.catalog.entity.Dimensions;
import com.vita.catalog.entity.ProductStatus;
import com.vita.platform.money.Money;
import com.vita.stores.control.StoreCard;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The SQL of {@link ProductUpserts} on a plain JDBC connection, in the caller's transaction: the
 * store's advisory lock, the stock before, and one {@code INSERT ... SELECT FROM unnest(...) ON
 * CONFLICT DO UPDATE} that also records the stock movements. Apart from the CDI bean so that it is
 * tested and benchmarked on a connection of the test's own.
 */
final class UpsertStatements {

  /** The advisory-lock class of the catalogue's per-store locks (ASCII "CATL"). */
  static final int STORE_LOCK_CLASS = 0x4341544C;

  private static final String LOCK = "select pg_advisory_xact_lock(?, hashtext(?))";

  /*
   * One index probe per SKU whatever the statistics say: the lateral subquery (kept apart by OFFSET
   * 0) can only be a nested loop over the unique (store_id, sku) index. The plain "sku = any(?)"
   * was planned, on a table growing inside one import with statistics from when it was small, as
   * every product of the store filtered against the whole array: a chunk cost grew with the store
   * (57 ms at 6,000 products, 30 of the 65 seconds of a 100,000-row import).
   */
  private static final String PROBE =
      "select p.sku, p.stock from unnest(?::text[]) as t(sku) cross join lateral (select sku,"
          + " stock from product where store_id = ? and sku = t.sku offset 0%s) p";

  static final String EXISTING = PROBE.formatted("");

  // Probed, so locked, in the order of the array: SKU order (stockOf sorts), so two writers of
  // overlapping rows cannot deadlock.
  private static final String PRIOR = PROBE.formatted(" for update");

  private static final String UPSERT =
      """
      with input as (
        select * from unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::bigint[],
                             ?::int[], ?::int[], ?::numeric[], ?::numeric[], ?::numeric[], ?::int[])
          as t(id, sku, name, description, category, price_minor, stock, weight_grams,
               length_cm, width_cm, height_cm, prior_stock)
      ), written as (
        insert into product (id, store_id, sku, name, description, category, price_minor, currency,
                             stock, weight_grams, length_cm, width_cm, height_cm, status,
                             created_at, updated_at, version)
        select id, ?, sku, name, description, category, price_minor, ?, stock, weight_grams,
               length_cm, width_cm, height_cm, ?, ?, ?, 0
          from input
        on conflict (store_id, sku) do update set
          name = excluded.name, description = excluded.description, category = excluded.category,
          price_minor = excluded.price_minor, stock = excluded.stock,
          weight_grams = excluded.weight_grams, length_cm = excluded.length_cm,
          width_cm = excluded.width_cm, height_cm = excluded.height_cm, deleted_at = null,
          updated_at = excluded.updated_at, version = product.version + 1
        returning id, sku, stock, (xmax = 0) as inserted
      ), moved as (
        insert into stock_movement (id, product_id, delta, stock_after, reason, created_at)
        select gen_random_uuid(), w.id, w.stock - coalesce(i.prior_stock, 0), w.stock, 'import', ?
          from written w join input i on i.sku = w.sku
         where w.stock <> coalesce(i.prior_stock, 0)
      )
      select count(*) filter (where inserted), count(*) filter (where not inserted) from written
      """;

  private final ProductRules rules;
  private final Instant now;

  UpsertStatements(ProductRules rules, Instant now) {
    this.rules = rules;
    this.now = now;
  }

  /** Writes checked drafts, one per SKU (the keys). */
  UpsertOutcome write(Connection c, StoreCard store, Map<String, ProductDraft> bySku)
      throws SQLException {
    try (PreparedStatement lock = c.prepareStatement(LOCK)) {
      lock.setInt(1, STORE_LOCK_CLASS);
      lock.setString(2, store.id().toString());
      lock.execute();
    }
    Map<String, Integer> prior = stockOf(c, PRIOR, store.id(), bySku.keySet());
    Currency currency = Currency.getInstance(store.currency());
    int n = bySku.size();
    Object[][] columns = new Object[12][n];
    int row = 0;
    for (Map.Entry<String, ProductDraft> entry : bySku.entrySet()) {
      ProductDraft d = entry.getValue();
      var content = rules.content(d, currency, store.category(), ProductStatus.ACTIVE);
      Dimensions size = content.dimensions();
      columns[0][row] = UUID.randomUUID();
      columns[1][row] = entry.getKey();
      columns[2][row] = content.name();
      columns[3][row] = content.description();
      columns[4][row] = content.category();
      columns[5][row] = Money.of(d.price(), currency).minorUnits();
      columns[6][row] = d.stock();
      columns[7][row] = content.weightGrams();
      columns[8][row] = size == null ? null : size.lengthCm();
      columns[9][row] = size == null ? null : size.widthCm();
      columns[10][row] = size == null ? null : size.heightCm();
      columns[11][row] = prior.get(entry.getKey());
      row++;
    }
    String[] types = {
      "uuid", "text", "text", "text", "text", "int8", "int4", "int4", "numeric", "numeric",
      "numeric", "int4"
    };
    OffsetDateTime at =
        OffsetDateTime.ofInstant(now.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    try (PreparedStatement upsert = c.prepareStatement(UPSERT)) {
      for (int i = 0; i < columns.length; i++) {
        Array array = c.createArrayOf(types[i], typed(types[i], columns[i]));
        upsert.setArray(i + 1, array);
      }
      upsert.setObject(13, store.id());
      upsert.setString(14, store.currency());
      upsert.setString(15, ProductStatus.ACTIVE.value());
      upsert.setObject(16, at);
      upsert.setObject(17, at);
      upsert.setObject(18, at);
      try (ResultSet counts = upsert.executeQuery()) {
        counts.next();
        return new UpsertOutcome(counts.getInt(1), counts.getInt(2));
      }
    }
  }

  private static Object[] typed(String type, Object[] values) {
    Object[] typed =
        switch (type) {
          case "uuid" -> new UUID[values.length];
          case "text" -> new String[values.length];
          case "int8" -> new Long[values.length];
          case "int4" -> new Integer[values.length];
          default -> new BigDecimal[values.length];
        };
    System.arraycopy(values, 0, typed, 0, values.length);
    return typed;
  }

  static Map<String, Integer> stockOf(
      Connection c, String query, UUID storeId, Collection<String> skus) throws SQLException {
    Map<String, Integer> stock = new HashMap<>();
    try (PreparedStatement select = c.prepareStatement(query)) {
      select.setArray(1, c.createArrayOf("text", new TreeSet<>(skus).toArray(String[]::new)));
      select.setObject(2, storeId);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          stock.put(rows.getString(1), rows.getInt(2));
        }
      }
    }
    return stock;
  }
}
