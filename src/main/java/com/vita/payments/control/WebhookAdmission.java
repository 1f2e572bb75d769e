package com.vita.payments.control;

import com.vita.platform.concurrency.Admission;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many webhook deliveries are applied at once. Captures for one seller take turns on that
 * seller's wallet account (its running balance), each holding a pooled connection while it waits: a
 * burst of Stripe's deliveries would otherwise drain the pool and be answered 503 after its 2 s
 * wait. Admitted below the pool's size, the rest wait here in arrival order (Stripe waits up to 20
 * s for an answer), and a delivery that finds no slot in time is 503, which Stripe retries.
 */
@ApplicationScoped
public class WebhookAdmission {

  @Inject
  @ConfigProperty(name = "payments.webhook-concurrency", defaultValue = "6")
  int concurrency;

  @Inject
  @ConfigProperty(name = "payments.webhook-queue", defaultValue = "1000")
  int queue;

  @Inject
  @ConfigProperty(name = "payments.webhook-wait-ms", defaultValue = "15000")
  long waitMillis;

  private Admission admission;

  @PostConstruct
  void prepare() {
    admission = new Admission("webhook deliveries", concurrency, queue, waitMillis);
  }

  /** Applies one verified delivery (its whole transaction) in a slot. */
  public <T> T run(Supplier<T> delivery) {
    return admission.run(delivery);
  }
}
