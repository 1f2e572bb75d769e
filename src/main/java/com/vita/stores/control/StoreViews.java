package com.vita.stores.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Store page views, counted cheaply: {@link #count} adds to an in-process counter per store and UTC
 * day, and {@link #flush} (the boundary's timer, every few seconds) adds the counters to {@code
 * store_view_daily} in one transaction, one row per store and day. Each instance flushes its own
 * increments, so several instances add up; a failed flush puts its counts back for the next one.
 * Counts not flushed yet are lost only if the process dies hard (a clean stop flushes), which a
 * page view counter can afford.
 */
@ApplicationScoped
public class StoreViews {

  /** One counter: a store's views on one UTC day. */
  record Key(UUID storeId, LocalDate day) {}

  private final ConcurrentHashMap<Key, Long> pending = new ConcurrentHashMap<>();

  @Inject StoreViewLedger ledger;

  Clock clock = Clock.systemUTC();

  /** One view of the store's public page. */
  public void count(UUID storeId) {
    if (storeId != null) {
      pending.merge(new Key(storeId, today()), 1L, Long::sum);
    }
  }

  /** Every view the store has had, those not flushed yet included. */
  public long total(UUID storeId) {
    return ledger.stored(storeId) + pendingFor(storeId, LocalDate.MIN, LocalDate.MAX);
  }

  /** The store's views on the UTC days from {@code from} to {@code to}, both included. */
  public long between(UUID storeId, LocalDate from, LocalDate to) {
    return ledger.stored(storeId, from, to) + pendingFor(storeId, from, to);
  }

  /**
   * Writes the counters to the database and clears them; on failure they are put back.
   *
   * @return the number of store-days written
   */
  public int flush() {
    Map<Key, Long> batch = new HashMap<>();
    for (Key key : pending.keySet()) {
      // remove() is atomic with merge() on the same key: a view counts here or stays pending.
      Long views = pending.remove(key);
      if (views != null) {
        batch.put(key, views);
      }
    }
    if (batch.isEmpty()) {
      return 0;
    }
    try {
      ledger.add(batch);
      return batch.size();
    } catch (RuntimeException failure) {
      batch.forEach((key, views) -> pending.merge(key, views, Long::sum));
      throw failure;
    }
  }

  private long pendingFor(UUID storeId, LocalDate from, LocalDate to) {
    long sum = 0;
    for (Map.Entry<Key, Long> e : pending.entrySet()) {
      Key key = e.getKey();
      if (key.storeId().equals(storeId) && !key.day().isBefore(from) && !key.day().isAfter(to)) {
        sum += e.getValue();
      }
    }
    return sum;
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
  }
}
