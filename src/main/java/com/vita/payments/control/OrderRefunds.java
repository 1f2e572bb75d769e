package com.vita.payments.control;

import com.vita.payments.entity.PaymentRefund;
import com.vita.payments.entity.PaymentStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What refunds need to know of an order's money: the captured payment that paid it, and how much of
 * its share refunds hold or have given back. Read in the caller's transaction, under the caller's
 * locks.
 */
@ApplicationScoped
public class OrderRefunds {

  private static final List<PaymentStatus> CAPTURED =
      List.of(PaymentStatus.SUCCEEDED, PaymentStatus.PARTIALLY_REFUNDED, PaymentStatus.REFUNDED);

  /** No refund has this id: "every refund but this one" then means every refund. */
  private static final UUID NONE = new UUID(0, 0);

  @PersistenceContext(unitName = "vita")
  EntityManager entityManager;

  /** The id of the captured payment that paid the order; the payment is read later, locked. */
  public Optional<UUID> capturedPaymentOf(UUID orderId) {
    return entityManager
        .createQuery(
            "select p.id from Payment p join p.shares s where s.orderId = :order"
                + " and p.status in :captured",
            UUID.class)
        .setParameter("order", orderId)
        .setParameter("captured", CAPTURED)
        .getResultStream()
        .findFirst();
  }

  /** What the order's refunds hold: every one not failed, pending ones included. */
  public long held(UUID paymentId, UUID orderId) {
    return sum(
        "select coalesce(sum(amount_minor), 0) from payment_refund"
            + " where payment_id = ?1 and order_id = ?2 and status <> 'failed' and id <> ?3",
        paymentId,
        orderId,
        null);
  }

  /** What the order's other refunds have already given back. */
  public long givenBackBefore(PaymentRefund refund) {
    return sum(
        "select coalesce(sum(amount_minor), 0) from payment_refund"
            + " where payment_id = ?1 and order_id = ?2 and status = 'succeeded' and id <> ?3",
        refund.paymentId(),
        refund.orderId(),
        refund.id());
  }

  private long sum(String sql, UUID paymentId, UUID orderId, UUID except) {
    Object sum =
        entityManager
            .createNativeQuery(sql)
            .setParameter(1, paymentId)
            .setParameter(2, orderId)
            .setParameter(3, except == null ? NONE : except)
            .getSingleResult();
    return ((Number) sum).longValue();
  }
}
