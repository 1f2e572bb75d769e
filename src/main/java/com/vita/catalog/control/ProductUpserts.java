package com.vita.catalog.control;

import com.vita.stores.control.StoreCard;
import com.vita.stores.control.StoreDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Collection;
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
        .doReturningWork(
            connection ->
                new UpsertStatements(rules, clock.instant()).write(connection, store, bySku));
  }

  /** Which of these SKUs the store already has (deleted products included: an upsert revives). */
  public Set<String> existingSkus(UUID storeId, Collection<String> skus) {
    if (skus.isEmpty()) {
      return Set.of();
    }
    entityManager.flush();
    return entityManager
        .unwrap(Session.class)
        .doReturningWork(
            connection ->
                UpsertStatements.stockOf(connection, UpsertStatements.EXISTING, storeId, skus)
                    .keySet());
  }
}
