package com.vita.payments.control;

import com.vita.payments.entity.Payment;
import com.vita.platform.problems.NotFoundProblem;
import com.vita.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * Who may see a payment: its buyer, an admin, and the seller of an order it pays. Anyone else gets
 * 404, as if it did not exist.
 */
@ApplicationScoped
public class PaymentAccess {

  @PersistenceContext(unitName = "vita")
  EntityManager entityManager;

  @Inject Caller caller;

  /** In a transaction of its own if need be: the orders it pays are read with it. */
  @Transactional(Transactional.TxType.REQUIRED)
  public Payment visible(UUID id) {
    Payment payment = entityManager.find(Payment.class, id);
    if (payment == null || payment.shares().isEmpty() || !mayRead(payment)) {
      throw notFound();
    }
    return payment;
  }

  /** The caller's own payment (only its buyer pays it), locked. */
  public Payment ownLocked(UUID id) {
    Payment payment = entityManager.find(Payment.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (payment == null || !payment.buyerId().equals(caller.id())) {
      throw notFound();
    }
    return payment;
  }

  public boolean isBuyer(Payment payment) {
    return payment.buyerId().equals(caller.id());
  }

  private boolean mayRead(Payment payment) {
    return caller.isAdmin()
        || isBuyer(payment)
        || payment.shares().stream().anyMatch(s -> s.sellerId().equals(caller.id()));
  }

  private static NotFoundProblem notFound() {
    return new NotFoundProblem("No such payment");
  }
}
