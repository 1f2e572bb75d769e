package com.vita.orders.control;

import com.vita.orders.entity.Order;
import com.vita.platform.problems.NotFoundProblem;
import com.vita.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;

/**
 * Which orders the request's caller may see: their own as buyer, their stores' as seller, all as
 * admin. Any other order is the same 404 as no order at all.
 */
@ApplicationScoped
public class OrderAccess {

  static final String NO_SUCH_ORDER = "No such order";

  @PersistenceContext(unitName = "vita")
  EntityManager entityManager;

  @Inject Caller caller;

  /** How the caller stands to an order they may see. */
  public enum Party {
    BUYER,
    SELLER,
    ADMIN
  }

  /** The order if the caller may see it; 404 otherwise. */
  public Order visible(UUID orderId) {
    return check(orderId == null ? null : entityManager.find(Order.class, orderId));
  }

  /** The same, locked for a change until the transaction ends. */
  public Order lockedVisible(UUID orderId) {
    return check(
        orderId == null
            ? null
            : entityManager.find(Order.class, orderId, LockModeType.PESSIMISTIC_WRITE));
  }

  /**
   * The caller's strongest standing to the order: an admin is admin even on their own purchase, a
   * seller buying from their own store is its seller.
   */
  public Party partyTo(Order order) {
    if (caller.isAdmin()) {
      return Party.ADMIN;
    }
    return caller.owns(order.sellerId()) ? Party.SELLER : Party.BUYER;
  }

  private Order check(Order order) {
    if (order == null
        || !(caller.isAdmin() || caller.owns(order.buyerId()) || caller.owns(order.sellerId()))) {
      throw new NotFoundProblem(NO_SUCH_ORDER);
    }
    return order;
  }
}
