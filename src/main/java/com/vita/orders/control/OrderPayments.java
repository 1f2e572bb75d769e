package com.vita.orders.control;

import com.vita.orders.entity.Order;
import com.vita.orders.entity.OrderStatus;
import com.vita.platform.money.Money;
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
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What payments asks of orders and tells them. Asks: the buyer's orders a payment would pay, locked
 * so they cannot expire or be paid twice while it is opened. Tells: a checkout (or some of its
 * orders) was paid, so its pending orders are confirmed by the system; an order was refunded in
 * full, so it moves to refunded and its stock comes back. Each is safe to repeat (a redelivered
 * event): orders already there are left as they are. An order that expired before the payment
 * arrived is reported, not revived: its stock is gone.
 */
@ApplicationScoped
public class OrderPayments {

  private static final System.Logger LOG = System.getLogger(OrderPayments.class.getName());

  @PersistenceContext(unitName = "vita")
  EntityManager entityManager;

  @Inject OrderEvents events;
  @Inject OrderStock stock;

  Clock clock = Clock.systemUTC();

  /**
   * @param confirmed the orders this call confirmed
   * @param alreadyPaid those confirmed (or further along) before
   * @param notPayable those cancelled or refunded before the payment arrived
   */
  public record Outcome(List<UUID> confirmed, List<UUID> alreadyPaid, List<UUID> notPayable) {}

  /** An order as payments sees it: who is paid, how much, and whether it still waits for money. */
  public record Payable(
      UUID orderId,
      UUID checkoutId,
      UUID storeId,
      UUID sellerId,
      UUID buyerId,
      boolean pending,
      String status,
      Money total) {

    static Payable of(Order order) {
      return new Payable(
          order.id(),
          order.checkoutId(),
          order.storeId(),
          order.sellerId(),
          order.buyerId(),
          order.status() == OrderStatus.PENDING,
          order.status().value(),
          order.total());
    }
  }

  /**
   * The buyer's orders of a checkout, or the one order, locked for the rest of the transaction (in
   * id order, as every locker of several orders does); empty when none is the buyer's.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public List<Payable> lockForPayment(UUID checkoutId, UUID orderId, UUID buyerId) {
    List<Order> orders = new ArrayList<>();
    if (orderId != null) {
      Order order = entityManager.find(Order.class, orderId, LockModeType.PESSIMISTIC_WRITE);
      if (order != null && (checkoutId == null || checkoutId.equals(order.checkoutId()))) {
        orders.add(order);
      }
    } else if (checkoutId != null) {
      orders.addAll(
          entityManager
              .createNamedQuery(Order.OF_CHECKOUT, Order.class)
              .setParameter("checkout", checkoutId)
              .getResultList());
      orders.sort(Comparator.comparing(Order::id));
      orders.forEach(o -> entityManager.lock(o, LockModeType.PESSIMISTIC_WRITE));
    }
    return orders.stream().filter(o -> o.buyerId().equals(buyerId)).map(Payable::of).toList();
  }

  /** One order as payments sees it, unlocked: for refunds and access checks. */
  public Optional<Payable> find(UUID orderId) {
    return Optional.ofNullable(entityManager.find(Order.class, orderId)).map(Payable::of);
  }

  @Transactional(Transactional.TxType.REQUIRED)
  public Outcome confirmPaid(UUID checkoutId) {
    return confirm(
        entityManager
            .createNamedQuery(Order.OF_CHECKOUT, Order.class)
            .setParameter("checkout", checkoutId)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList());
  }

  /** The orders a payment paid (all of a checkout, or one), in id order. */
  @Transactional(Transactional.TxType.REQUIRED)
  public Outcome confirmPaid(List<UUID> orderIds) {
    List<Order> orders = new ArrayList<>();
    orderIds.stream()
        .sorted()
        .forEach(
            id -> {
              Order order = entityManager.find(Order.class, id, LockModeType.PESSIMISTIC_WRITE);
              if (order != null) {
                orders.add(order);
              }
            });
    return confirm(orders);
  }

  /**
   * The order's money went back in full: it moves to refunded (its stock back on the shelf) unless
   * it is there already or cannot be (cancelled before: its stock came back then).
   *
   * @return whether the order moved
   */
  @Transactional(Transactional.TxType.REQUIRED)
  public boolean refundedInFull(UUID orderId) {
    Order order = entityManager.find(Order.class, orderId, LockModeType.PESSIMISTIC_WRITE);
    if (order == null || !order.status().next().contains(OrderStatus.REFUNDED)) {
      if (order != null && order.status() != OrderStatus.REFUNDED) {
        LOG.log(
            System.Logger.Level.INFO,
            "Order {0} was refunded in full while {1}: its status stays",
            orderId,
            order.status().value());
      }
      return false;
    }
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    OrderStatus previous = order.status();
    order.moveTo(OrderStatus.REFUNDED, null, "payment refunded in full", now);
    stock.giveBack(order, OrderStatus.REFUNDED.value());
    events.changed(order, previous, now);
    return true;
  }

  private Outcome confirm(List<Order> orders) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    List<UUID> confirmed = new ArrayList<>();
    List<UUID> already = new ArrayList<>();
    List<UUID> notPayable = new ArrayList<>();
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
