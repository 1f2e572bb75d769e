package com.vita.stores.control;

import com.vita.stores.entity.StoreActivated;
import com.vita.stores.entity.StoreOpened;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Business counters of stores, by country: {@code stores_created_total} and {@code
 * stores_activated_total}. Counted after the commit, so a rolled-back opening counts nothing.
 */
@ApplicationScoped
public class StoreMetrics {

  static final String CREATED = "stores_created";
  static final String ACTIVATED = "stores_activated";

  @Inject MetricRegistry metrics;

  void opened(@Observes(during = TransactionPhase.AFTER_SUCCESS) StoreOpened opened) {
    metrics.counter(CREATED, new Tag("country", opened.country())).inc();
  }

  void activated(@Observes(during = TransactionPhase.AFTER_SUCCESS) StoreActivated activated) {
    metrics.counter(ACTIVATED, new Tag("country", activated.country())).inc();
  }
}
