package com.vita.payments.control;

import com.vita.payments.entity.Payment;
import com.vita.payments.entity.PaymentRefund;
import com.vita.payments.entity.PaymentShare;
import com.vita.payments.entity.RefundStatus;
import com.vita.platform.money.Money;
import com.vita.platform.problems.ProblemException;
import com.vita.platform.problems.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Holds the amount of a refund before the provider is asked, in a transaction of its own that
 * commits at once: with the payment row locked, what is left of the order's share is its amount
 * less every refund not failed (pending ones included), so two refunds racing cannot together give
 * back more than was paid. A refund the provider then refuses is marked failed, freeing its amount.
 */
@ApplicationScoped
public class RefundReservations {

  @Inject OrderRefunds orderRefunds;

  @PersistenceContext(unitName = "vita")
  EntityManager entityManager;

  Clock clock = Clock.systemUTC();

  /** A held refund and what the provider needs to make it. */
  public record Held(
      UUID refundId, UUID orderId, String provider, String paymentRef, Money amount) {}

  /**
   * @param amountMinor what to refund, or null for all that is left of the order's share
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Held hold(
      UUID paymentId, UUID orderId, Long amountMinor, String reason, UUID requestedBy) {
    Payment payment = entityManager.find(Payment.class, paymentId, LockModeType.PESSIMISTIC_WRITE);
    if (!payment.status().isCaptured()) {
      throw new ProblemException(
          ProblemType.CONFLICT, "Payment " + paymentId + " is " + payment.status().value());
    }
    PaymentShare share =
        payment.shares().stream()
            .filter(s -> s.orderId().equals(orderId))
            .findFirst()
            .orElseThrow();
    long left = share.amountMinor() - orderRefunds.held(paymentId, orderId);
    if (left == 0) {
      throw new ProblemException(
          ProblemType.CONFLICT, "Order " + orderId + " has been refunded in full");
    }
    long amount = amountMinor == null ? left : amountMinor;
    if (amount <= 0) {
      throw ProblemException.invalidField("amountMinor", "must be positive");
    }
    if (amount > left) {
      throw new ProblemException(
          ProblemType.UNPROCESSABLE,
          "At most "
              + Money.ofMinor(left, payment.amount().currency())
              + " of order "
              + orderId
              + " can still be refunded");
    }
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    PaymentRefund refund =
        PaymentRefund.ask(
            paymentId,
            orderId,
            Money.ofMinor(amount, payment.amount().currency()),
            reason,
            requestedBy,
            now);
    entityManager.persist(refund);
    return new Held(
        refund.id(), orderId, payment.provider(), payment.providerRef(), refund.amount());
  }

  /** The provider refused or failed: the held amount is free again. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void release(UUID refundId) {
    PaymentRefund refund =
        entityManager.find(PaymentRefund.class, refundId, LockModeType.PESSIMISTIC_WRITE);
    refund.settle(RefundStatus.FAILED, clock.instant().truncatedTo(ChronoUnit.MICROS));
  }
}
