package com.vita.stores.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class StoreViewsTest {

  private static final LocalDate TODAY = LocalDate.parse("2026-12-01");

  /** The database table, in memory. */
  static final class MemoryLedger extends StoreViewLedger {
    final Map<StoreViews.Key, Long> rows = new ConcurrentHashMap<>();
    boolean failing;
    int writes;

    @Override
    public void add(Map<StoreViews.Key, Long> counts) {
      if (failing) {
        throw new IllegalStateException("database down");
      }
      writes++;
      counts.forEach((k, v) -> rows.merge(k, v, Long::sum));
    }

    @Override
    public long stored(UUID storeId) {
      return stored(storeId, LocalDate.of(1970, 1, 1), LocalDate.of(9999, 12, 31));
    }

    @Override
    public long stored(UUID storeId, LocalDate from, LocalDate to) {
      return rows.entrySet().stream()
          .filter(e -> e.getKey().storeId().equals(storeId))
          .filter(e -> !e.getKey().day().isBefore(from) && !e.getKey().day().isAfter(to))
          .mapToLong(Map.Entry::getValue)
          .sum();
    }
  }

  private final MemoryLedger ledger = new MemoryLedger();
  private final StoreViews views = new StoreViews();

  StoreViewsTest() {
    views.ledger = ledger;
    views.clock = Clock.fixed(Instant.parse("2026-12-01T23:59:00Z"), ZoneOffset.UTC);
  }

  @Test
  void countsStayInProcessUntilAFlushWritesOneRowPerStoreAndDay() {
    UUID store = UUID.randomUUID();
    UUID other = UUID.randomUUID();
    for (int i = 0; i < 5; i++) {
      views.count(store);
    }
    views.count(other);
    views.count(null);
    assertEquals(5, views.total(store));
    assertEquals(0, ledger.writes);
    assertEquals(2, views.flush());
    assertEquals(
        Map.of(new StoreViews.Key(store, TODAY), 5L, new StoreViews.Key(other, TODAY), 1L),
        ledger.rows);
    assertEquals(5, views.total(store));
    assertEquals(0, views.flush(), "nothing new: no write");
    assertEquals(1, ledger.writes);
  }

  @Test
  void viewsAreCountedByUtcDay() {
    UUID store = UUID.randomUUID();
    views.count(store);
    views.clock = Clock.fixed(Instant.parse("2026-12-02T00:01:00Z"), ZoneOffset.UTC);
    views.count(store);
    views.count(store);
    assertEquals(1, views.between(store, TODAY, TODAY));
    assertEquals(2, views.between(store, TODAY.plusDays(1), TODAY.plusDays(1)));
    views.flush();
    assertEquals(1, views.between(store, TODAY, TODAY));
    assertEquals(3, views.between(store, TODAY, TODAY.plusDays(1)));
  }

  @Test
  void aFailedFlushPutsItsCountsBack() {
    UUID store = UUID.randomUUID();
    views.count(store);
    views.count(store);
    ledger.failing = true;
    assertThrows(IllegalStateException.class, views::flush);
    views.count(store);
    assertEquals(3, views.total(store));
    ledger.failing = false;
    views.flush();
    assertEquals(3L, ledger.rows.get(new StoreViews.Key(store, TODAY)));
  }

  @Test
  void noViewIsLostToAConcurrentFlush() throws Exception {
    UUID store = UUID.randomUUID();
    int threads = 4;
    int perThread = 50_000;
    ExecutorService pool = Executors.newFixedThreadPool(threads + 1);
    try {
      for (int t = 0; t < threads; t++) {
        pool.submit(
            () -> {
              for (int i = 0; i < perThread; i++) {
                views.count(store);
              }
            });
      }
      var flusher =
          pool.submit(
              () -> {
                for (int i = 0; i < 200; i++) {
                  views.flush();
                }
              });
      pool.shutdown();
      pool.awaitTermination(30, TimeUnit.SECONDS);
      flusher.get();
    } finally {
      pool.shutdownNow();
    }
    views.flush();
    assertEquals((long) threads * perThread, ledger.stored(store));
  }
}
