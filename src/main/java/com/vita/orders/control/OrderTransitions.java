package com.vita.orders.control;

import com.vita.orders.control.OrderAccess.Party;
import com.vita.orders.entity.IllegalOrderTransition;
import com.vita.orders.entity.Order;
import com.vita.orders.entity.OrderStatus;
import com.vita.platform.problems.BadRequestProblem;
import com.vita.platform.problems.ProblemException;
import com.vita.platform.problems.ProblemType;
import com.vita.platform.security.Caller;
import com.vita.shipping.control.Shipments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * The moves people make on an order, each in one transaction with the order row locked: the buyer
 * cancels their pending order; the store's owner confirms, processes and ships it (opening the
 * shipment with the carrier's tracking number); an admin makes any move the state machine allows. A
 * cancellation or refund gives the units back to stock; every move is announced through the outbox.
 * Another's order is 404 (by {@link OrderAccess}), a move the caller's role never makes is 403, a
 * move the order's status does not allow is 409 naming the status.
 */
@ApplicationScoped
public class OrderTransitions {

  private static final Set<OrderStatus> SELLER_MOVES =
      EnumSet.of(OrderStatus.CONFIRMED, OrderStatus.PROCESSING, OrderStatus.SHIPPED);

  @Inject OrderAccess access;
  @Inject Caller caller;
  @Inject OrderStock stock;
  @Inject OrderEvents events;
  @Inject Shipments shipments;

  Clock clock = Clock.systemUTC();

  @Transactional(Transactional.TxType.REQUIRED)
  public Order change(UUID orderId, StatusChange change) {
    if (change.status() == null) {
      throw ProblemException.invalidField("status", "must not be null");
    }
    Order order = access.lockedVisible(orderId);
    requireAllowed(access.partyTo(order), order, change.status());
    OrderStatus previous = order.status();
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    UUID actor = caller.id();
    if (change.status() == OrderStatus.SHIPPED) {
      if (isBlank(change.carrier()) || isBlank(change.trackingNumber())) {
        throw new BadRequestProblem("Shipping needs the carrier and its tracking number");
      }
      order.ship(
          change.carrier().strip(), change.trackingNumber().strip(), actor, change.note(), now);
      order.trackedAs(
          shipments.open(
              order.id(),
              order.storeId(),
              order.sellerId(),
              order.buyerId(),
              order.carrier(),
              order.trackingNumber()));
    } else {
      order.moveTo(change.status(), actor, change.note(), now);
    }
    if (order.status().returnsStock()) {
      stock.giveBack(order, order.status().value());
    }
    events.changed(order, previous, now);
    return order;
  }

  /** The buyer's (or an admin's) cancellation. */
  @Transactional(Transactional.TxType.REQUIRED)
  public Order cancel(UUID orderId, String note) {
    return change(orderId, new StatusChange(OrderStatus.CANCELLED, null, null, note));
  }

  /**
   * Whether the party may ask for this move at all; the state machine then decides if it is legal.
   */
  static void requireAllowed(Party party, Order order, OrderStatus to) {
    switch (party) {
      case ADMIN -> {}
      case SELLER -> {
        if (!SELLER_MOVES.contains(to)) {
          throw forbidden("A seller confirms, processes and ships orders; an admin does the rest");
        }
      }
      case BUYER -> {
        if (to != OrderStatus.CANCELLED) {
          throw forbidden("A buyer may only cancel their pending order");
        }
        if (order.status() != OrderStatus.PENDING) {
          throw new IllegalOrderTransition(order.status(), to);
        }
      }
    }
  }

  private static ProblemException forbidden(String detail) {
    return new ProblemException(ProblemType.FORBIDDEN, detail);
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }
}
