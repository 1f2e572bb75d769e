package com.vita.stores.boundary;

import com.vita.stores.control.StoreViews;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Flushes the in-process store view counters to the database every 15 seconds on every instance
 * (each writes only its own increments), and once more when the application stops. Non-persistent:
 * a missed run is the next run's work.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StoreViewFlushTimer {

  private static final System.Logger LOG = System.getLogger(StoreViewFlushTimer.class.getName());

  @Inject StoreViews views;

  @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false, info = "store-views")
  void flush() {
    try {
      views.flush();
    } catch (RuntimeException e) {
      // The counts were put back; the next run writes them.
      LOG.log(System.Logger.Level.WARNING, "Store views not flushed, retried in 15 s", e);
    }
  }

  @PreDestroy
  void flushBeforeStop() {
    flush();
  }
}
