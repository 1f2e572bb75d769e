package com.vita.orders.control;

import com.vita.platform.concurrency.Admission;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many checkouts run at once. A checkout holds a pooled connection from its first statement to
 * its commit, and checkouts of one hot product wait for each other's row lock while holding it: 200
 * buyers at once would otherwise queue for the pool and get 503 after its 2 s wait. Admitted below
 * the pool's size, the rest wait here, in arrival order, and see their 201 or 409.
 */
@ApplicationScoped
public class CheckoutAdmission {

  @Inject
  @ConfigProperty(name = "orders.checkout-concurrency", defaultValue = "6")
  int concurrency;

  @Inject
  @ConfigProperty(name = "orders.checkout-queue", defaultValue = "1000")
  int queue;

  @Inject
  @ConfigProperty(name = "orders.checkout-wait-ms", defaultValue = "15000")
  long waitMillis;

  private Admission admission;

  @PostConstruct
  void prepare() {
    admission = new Admission("checkouts", concurrency, queue, waitMillis);
  }

  /** Runs the checkout (its whole transaction) in a slot; 503 with Retry-After when none comes. */
  public <T> T run(Supplier<T> checkout) {
    return admission.run(checkout);
  }
}
