package com.vita.orders.control;

import com.vita.orders.entity.Order;
import com.vita.orders.entity.OrderStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What payments (issue #13) tells orders: a checkout was paid, so its pending orders are confirmed
 * (by the system, no actor). Safe to call again for the same checkout (a redelivered payment
 * event): confirmed orders are left as they are. An order that expired before the payment arrived
 * is reported, not revived: its stock is gone, the payment must be refunded.
 */
@ApplicationScoped
public class OrderPayments {

  @PersistenceContext(unitName = "vita")
  EntityManager entityManager;

  @Inject OrderEvents events;

  Clock clock = Clock.systemUTC();

  /**
   * @param confirmed the orders this call confirmed
   * @param alreadyPaid those confirmed (or further along) before
   * @param notPayable those cancelled or refunded before the payment arrived
   */
  public record Outcome(List<UUID> confirmed, List<UUID> alreadyPaid, List<UUID> notPayable) {}

  @Transactional(Transactional.TxType.REQUIRED)
  public Outcome confirmPaid(UUID checkoutId) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    List<UUID> confirmed = new ArrayList<>();
    List<UUID> already = new ArrayList<>();
    List<UUID> notPayable = new ArrayList<>();
    List<Order> orders =
        entityManager
            .createNamedQuery(Order.OF_CHECKOUT, Order.class)
            .setParameter("checkout", checkoutId)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList();
    for (Order order : orders) {
      switch (order.status()) {
        case PENDING -> {
          order.moveTo(OrderStatus.CONFIRMED, null, "payment received", now);
          events.changed(order, OrderStatus.PENDING, now);
          confirmed.add(order.id());
        }
        case CANCELLED, REFUNDED -> notPayable.add(order.id());
        default -> already.add(order.id());
      }
    }
    return new Outcome(confirmed, already, notPayable);
  }
}
