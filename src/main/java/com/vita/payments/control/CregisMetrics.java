package com.vita.payments.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * {@code crypto_deposits_total{provider, outcome}}: every deposit reported, by what became of it,
 * counted after the commit. Anything but {@code captured} is worth an alert.
 */
@ApplicationScoped
public class CregisMetrics {

  static final String DEPOSITS = "crypto_deposits";

  @Inject MetricRegistry metrics;

  void recorded(@Observes(during = TransactionPhase.AFTER_SUCCESS) CryptoDepositRecorded deposit) {
    metrics
        .counter(
            DEPOSITS,
            new Tag("provider", deposit.provider()),
            new Tag("outcome", deposit.outcome()))
        .inc();
  }
}
