package com.vita.orders.boundary;

import com.vita.orders.control.OrderExpiry;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Expires unpaid orders every 10 seconds on every instance; {@link OrderExpiry} claims each due
 * order with {@code SKIP LOCKED}, so instances share the work and none expires an order twice.
 * Non-persistent, as the KYB reminders are: a missed run is the next run's work. The payment
 * deadline itself is {@code orders.payment-timeout}, stored on the order when placed.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OrderExpiryTimer {

  private static final System.Logger LOG = System.getLogger(OrderExpiryTimer.class.getName());

  @Inject OrderExpiry expiry;

  @Inject
  @ConfigProperty(name = "orders.expiry.enabled", defaultValue = "true")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "orders.expiry.batch-size", defaultValue = "500")
  int batchSize;

  Clock clock = Clock.systemUTC();

  @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false, info = "order-expiry")
  void expire() {
    if (!enabled) {
      return;
    }
    try {
      int expired = 0;
      while (expired < batchSize && expiry.expireNext(clock.instant())) {
        expired++;
      }
      if (expired > 0) {
        LOG.log(System.Logger.Level.INFO, "Orders expired unpaid: {0}", expired);
      }
    } catch (RuntimeException e) {
      // The failed order's transaction rolled back; the next run tries again.
      LOG.log(System.Logger.Level.WARNING, "Order expiry failed, retried in 10 s", e);
    }
  }
}
