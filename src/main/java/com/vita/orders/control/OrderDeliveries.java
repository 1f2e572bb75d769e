package com.vita.orders.control;

import com.vita.orders.entity.Order;
import com.vita.orders.entity.OrderStatus;
import com.vita.shipping.control.ShipmentDelivered;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.temporal.ChronoUnit;

/**
 * A delivery recorded by shipping (its seller or a verified carrier webhook) moves the shipped
 * order to delivered, in the transaction that recorded it. A repeat is ignored, and so is a
 * delivery of an order no longer shipped (refunded on the way): the parcel's fate does not undo a
 * refund.
 */
@ApplicationScoped
public class OrderDeliveries {

  private static final System.Logger LOG = System.getLogger(OrderDeliveries.class.getName());

  @PersistenceContext(unitName = "vita")
  EntityManager entityManager;

  @Inject OrderEvents events;

  void delivered(@Observes ShipmentDelivered delivered) {
    Order order =
        entityManager.find(Order.class, delivered.orderId(), LockModeType.PESSIMISTIC_WRITE);
    if (order == null || order.status() != OrderStatus.SHIPPED) {
      if (order != null && order.status() != OrderStatus.DELIVERED) {
        LOG.log(
            System.Logger.Level.WARNING,
            "Delivery of order {0} ignored: it is {1}",
            order.id(),
            order.status().value());
      }
      return;
    }
    var at = delivered.deliveredAt().truncatedTo(ChronoUnit.MICROS);
    order.moveTo(OrderStatus.DELIVERED, null, "delivered (" + delivered.trackingId() + ")", at);
    events.changed(order, OrderStatus.SHIPPED, at);
  }
}
