package com.vita.catalog.control;

import com.vita.catalog.entity.Dimensions;
import com.vita.catalog.entity.ProductStatus;
import com.vita.platform.money.Money;
import com.vita.stores.control.StoreCard;
import com.vita.stores.control.StoreDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Writes many products of one store at once, keyed by (store, SKU): the import's writer. Runs in
 * the caller's transaction and statement count does not grow with the rows: one lock, one read of
 * the stock before, and one statement that upserts every row ({@code INSERT … SELECT FROM unnest(…)
 * ON CONFLICT (store_id, sku) DO UPDATE}) and records each stock change as an {@code import}
 * movement.
 *
 * <p>Concurrent upserts of one store wait for each other (a transaction-scoped advisory lock), so
 * the stock read before the write is still the stock the write replaces and the movements add up.
 */
@ApplicationScoped
public class ProductUpserts {

  /** The advisory-lock class of the catalogue's per-store locks (ASCII "CATL"). */
  static final int STORE_LOCK_CLASS = 0x4341544C;

  private static final String LOCK = "select pg_advisory_xact_lock(?, hashtext(?))";

  private static final String EXISTING =
      "select sku, stock from product where store_id = ? and sku = any(?)";

  // Locked in SKU order, so two writers of overlapping rows cannot deadlock.
  private static final String PRIOR = EXISTING + " order by sku for update";

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

  @PersistenceContext(unitName = "vita")
  EntityManager entityManager;

  @Inject StoreDirectory stores;
  @Inject ProductRules rules;

  Clock clock = Clock.systemUTC();

  /**
   * Creates the drafts whose SKU the store does not have yet and updates the others (name,
   * description, category, price, weight, dimensions; the stock is set to the draft's, recorded as
   * a movement with reason {@code import}; a soft-deleted product comes back). A draft without SKU
   * gets a generated one; of several drafts with one SKU the last wins. New products are active.
   *
   * @param drafts drafts {@link ProductRules#check} found no fault in
   * @throws IllegalArgumentException for an unknown store or a draft that breaks a rule
   */
  public UpsertOutcome upsert(UUID storeId, List<ProductDraft> drafts) {
    if (drafts.isEmpty()) {
      return new UpsertOutcome(0, 0);
    }
    StoreCard store =
        stores.find(storeId).orElseThrow(() -> new IllegalArgumentException("No store " + storeId));
    Map<String, ProductDraft> bySku = new LinkedHashMap<>();
    for (ProductDraft draft : drafts) {
      List<FieldError> errors = rules.check(draft, store.currency());
      if (!errors.isEmpty()) {
        throw new IllegalArgumentException("Draft breaks the product rules: " + errors);
      }
      bySku.put(ProductSkus.orGenerated(draft.sku()), draft);
    }
    entityManager.flush();
    return entityManager
        .unwrap(Session.class)
        .doReturningWork(connection -> write(connection, store, bySku));
  }

  /** Which of these SKUs the store already has (deleted products included: an upsert revives). */
  public Set<String> existingSkus(UUID storeId, Collection<String> skus) {
    if (skus.isEmpty()) {
      return Set.of();
    }
    entityManager.flush();
    return entityManager
        .unwrap(Session.class)
        .doReturningWork(connection -> stockOf(connection, EXISTING, storeId, skus).keySet());
  }

  private UpsertOutcome write(Connection c, StoreCard store, Map<String, ProductDraft> bySku)
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
    OffsetDateTime now =
        OffsetDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    try (PreparedStatement upsert = c.prepareStatement(UPSERT)) {
      for (int i = 0; i < columns.length; i++) {
        Array array = c.createArrayOf(types[i], typed(types[i], columns[i]));
        upsert.setArray(i + 1, array);
      }
      upsert.setObject(13, store.id());
      upsert.setString(14, store.currency());
      upsert.setString(15, ProductStatus.ACTIVE.value());
      upsert.setObject(16, now);
      upsert.setObject(17, now);
      upsert.setObject(18, now);
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

  private static Map<String, Integer> stockOf(
      Connection c, String query, UUID storeId, Collection<String> skus) throws SQLException {
    Map<String, Integer> stock = new HashMap<>();
    try (PreparedStatement select = c.prepareStatement(query)) {
      select.setObject(1, storeId);
      select.setArray(2, c.createArrayOf("text", new HashSet<>(skus).toArray(String[]::new)));
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          stock.put(rows.getString(1), rows.getInt(2));
        }
      }
    }
    return stock;
  }
}
