package com.vita.payments.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Business counters of payments: {@code payments_total{provider, result}}, {@code
 * payment_amount_minor_total{currency}} (captured money, in minor units) and {@code
 * webhook_events_total{provider, result}}. Payments count after the commit, so a rolled-back
 * settlement counts nothing; the provider calls themselves are timed by {@code ProviderCalls}.
 */
@ApplicationScoped
public class PaymentMetrics {

  static final String PAYMENTS = "payments";
  static final String AMOUNT = "payment_amount_minor";
  static final String WEBHOOKS = "webhook_events";

  @Inject MetricRegistry metrics;

  void recorded(@Observes(during = TransactionPhase.AFTER_SUCCESS) PaymentRecorded payment) {
    metrics
        .counter(
            PAYMENTS, new Tag("provider", payment.provider()), new Tag("result", payment.result()))
        .inc();
    if (payment.amountMinor() > 0) {
      metrics.counter(AMOUNT, new Tag("currency", payment.currency())).inc(payment.amountMinor());
    }
  }

  /**
   * One webhook delivery's result: {@code applied}, {@code duplicate}, {@code ignored}, {@code
   * unknown_payment}, {@code unhandled} or {@code invalid_signature}.
   */
  public void webhook(String provider, String result) {
    metrics.counter(WEBHOOKS, new Tag("provider", provider), new Tag("result", result)).inc();
  }
}
