package com.vita.orders.control;

import com.vita.orders.entity.Order;
import com.vita.orders.entity.OrderStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Cancels pending orders left unpaid past {@code orders.payment-timeout} and gives their stock
 * back. One order per transaction, claimed with {@code FOR UPDATE SKIP LOCKED}: instances running
 * the timer at once take different orders, and an order a buyer is cancelling (row locked) is left
 * to them. One order at a time also keeps the product locks of a transaction in one sorted set, so
 * an expiry never deadlocks with a checkout.
 */
@ApplicationScoped
public class OrderExpiry {

  static final String NOTE = "payment not received in time";

  @PersistenceContext(unitName = "vita")
  EntityManager entityManager;

  @Inject OrderStock stock;
  @Inject OrderEvents events;

  /** Expires the next due order, if any; false when none is left (or all are being handled). */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean expireNext(Instant now) {
    @SuppressWarnings("unchecked")
    List<Order> due =
        entityManager
            .createNativeQuery(
                "select * from customer_order where status = 'pending' and expires_at <= ?1"
                    + " order by expires_at limit 1 for update skip locked",
                Order.class)
            .setParameter(1, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
            .getResultList();
    if (due.isEmpty()) {
      return false;
    }
    Order order = due.get(0);
    order.moveTo(OrderStatus.CANCELLED, null, NOTE, now);
    stock.giveBack(order, "expired");
    events.changed(order, OrderStatus.PENDING, now);
    return true;
  }
}
