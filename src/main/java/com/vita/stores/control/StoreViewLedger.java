package com.vita.stores.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** The views {@link StoreViews} has flushed, in {@code store_view_daily}. */
@ApplicationScoped
public class StoreViewLedger {

  // A view of a store id that is not in the table (never created) is dropped rather than failing
  // the whole batch on the foreign key.
  private static final String ADD =
      "insert into store_view_daily (store_id, day, views)"
          + " select s.id, ?2, ?3 from store s where s.id = ?1"
          + " on conflict (store_id, day) do update set views = store_view_daily.views + excluded.views";

  @PersistenceContext(unitName = "vita")
  EntityManager entityManager;

  /** Adds the counts, all or none. */
  @Transactional
  public void add(Map<StoreViews.Key, Long> counts) {
    counts.forEach(
        (key, views) ->
            entityManager
                .createNativeQuery(ADD)
                .setParameter(1, key.storeId())
                .setParameter(2, key.day())
                .setParameter(3, views)
                .executeUpdate());
  }

  /** Every flushed view of the store. */
  public long stored(UUID storeId) {
    Number sum =
        (Number)
            entityManager
                .createNativeQuery(
                    "select coalesce(sum(views), 0) from store_view_daily where store_id = ?1")
                .setParameter(1, storeId)
                .getSingleResult();
    return sum.longValue();
  }

  /** The store's flushed views on the days from {@code from} to {@code to}, both included. */
  public long stored(UUID storeId, LocalDate from, LocalDate to) {
    Number sum =
        (Number)
            entityManager
                .createNativeQuery(
                    "select coalesce(sum(views), 0) from store_view_daily"
                        + " where store_id = ?1 and day between ?2 and ?3")
                .setParameter(1, storeId)
                .setParameter(2, from)
                .setParameter(3, to)
                .getSingleResult();
    return sum.longValue();
  }
}
