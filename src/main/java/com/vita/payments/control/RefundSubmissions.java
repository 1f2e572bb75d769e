package com.vita.payments.control;

import com.vita.payments.entity.Payment;
import com.vita.payments.entity.PaymentRefund;
import com.vita.payments.entity.RefundStatus;
import com.vita.platform.providers.ProviderRefused;
import com.vita.platform.providers.ProviderUnavailable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Sends pending refunds that no request is sending (the automatic ones) to their provider, right
 * after the transaction that wrote them, and again from the timer for any that a failure left
 * unsent; the provider's answer is settled through {@link RefundSettlement}. The provider's
 * idempotency key is the refund's id ({@code vita-refund-<id>}), so a refund sent twice — by the
 * timer and by its request at once — is one refund at the provider and one booking here.
 */
@ApplicationScoped
public class RefundSubmissions {

  private static final System.Logger LOG = System.getLogger(RefundSubmissions.class.getName());

  @PersistenceContext(unitName = "vita")
  EntityManager entityManager;

  @Inject PaymentGateways gateways;
  @Inject RefundSettlement settlement;

  void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) RefundQueued queued) {
    submit(queued.refundId());
  }

  /** Sends the unsent pending refunds written before {@code before}; returns how many settled. */
  public int resendUnsent(Instant before, int limit) {
    List<UUID> unsent =
        entityManager
            .createQuery(
                "select r.id from PaymentRefund r where r.status = :pending"
                    + " and r.providerRef is null and r.createdAt < :before order by r.createdAt",
                UUID.class)
            .setParameter("pending", RefundStatus.PENDING)
            .setParameter("before", before)
            .setMaxResults(limit)
            .getResultList();
    int settled = 0;
    for (UUID id : unsent) {
      settled += submit(id) ? 1 : 0;
    }
    return settled;
  }

  private boolean submit(UUID refundId) {
    try {
      PaymentRefund refund = entityManager.find(PaymentRefund.class, refundId);
      Payment payment = entityManager.find(Payment.class, refund.paymentId());
      ProviderRefund answer =
          gateways
              .forProvider(payment.provider())
              .refund(
                  new PaymentGateway.RefundRequest(
                      refund.id(),
                      refund.orderId(),
                      payment.providerRef(),
                      refund.amount(),
                      refund.reason(),
                      "vita-refund-" + refund.id()));
      return settlement.apply(answer) == PaymentSettlement.Result.APPLIED;
    } catch (ProviderRefused | ProviderUnavailable e) {
      LOG.log(System.Logger.Level.WARNING, "Refund " + refundId + " not sent; retried later", e);
      return false;
    }
  }
}
