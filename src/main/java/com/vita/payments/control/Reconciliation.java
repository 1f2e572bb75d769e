package com.vita.payments.control;

import com.vita.payments.entity.Payment;
import com.vita.payments.entity.PaymentRefund;
import com.vita.payments.entity.PaymentStatus;
import com.vita.platform.providers.ProviderRefused;
import com.vita.platform.providers.ProviderUnavailable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Settles what a lost webhook left hanging: payments still open, and refunds still pending, {@code
 * payments.reconciliation.pending-after} after their last change are looked up at their provider
 * and the answer applied through the webhook's own path ({@link PaymentSettlement}, {@link
 * RefundSettlement}), one transaction each. A payment the provider still calls open is touched, so
 * it is asked again one period later rather than at every run. A provider that fails is skipped
 * until the next run.
 */
@ApplicationScoped
public class Reconciliation {

  private static final System.Logger LOG = System.getLogger(Reconciliation.class.getName());

  @PersistenceContext(unitName = "vita")
  EntityManager entityManager;

  @Inject PaymentGateways gateways;
  @Inject PaymentSettlement payments;
  @Inject RefundSettlement refunds;
  @Inject StaleTouch touch;

  @Inject
  @ConfigProperty(name = "payments.reconciliation.pending-after", defaultValue = "PT15M")
  Duration pendingAfter;

  @Inject
  @ConfigProperty(name = "payments.reconciliation.batch-size", defaultValue = "200")
  int batchSize;

  /** What one run did. */
  public record Run(int asked, int settled, int failed) {}

  public Run settleStale(Instant now) {
    Instant before = now.minus(pendingAfter);
    int asked = 0;
    int settled = 0;
    int failed = 0;
    for (Payment payment : stalePayments(before)) {
      asked++;
      try {
        ProviderPayment state =
            gateways.forProvider(payment.provider()).lookup(payment.providerRef());
        PaymentSettlement.Result result = payments.apply(payment.provider(), state);
        if (result == PaymentSettlement.Result.APPLIED) {
          settled++;
        } else {
          touch.payment(payment.id(), now);
        }
      } catch (ProviderRefused | ProviderUnavailable e) {
        failed++;
        LOG.log(System.Logger.Level.WARNING, "Reconciling payment " + payment.id() + " failed", e);
      }
    }
    for (PaymentRefund refund : staleRefunds(before)) {
      asked++;
      try {
        Payment payment = entityManager.find(Payment.class, refund.paymentId());
        ProviderRefund state =
            gateways.forProvider(payment.provider()).lookupRefund(refund.providerRef());
        if (refunds.apply(state) == PaymentSettlement.Result.APPLIED
            && state.status() != com.vita.payments.entity.RefundStatus.PENDING) {
          settled++;
        } else {
          touch.refund(refund.id(), now);
        }
      } catch (ProviderRefused | ProviderUnavailable e) {
        failed++;
        LOG.log(System.Logger.Level.WARNING, "Reconciling refund " + refund.id() + " failed", e);
      }
    }
    return new Run(asked, settled, failed);
  }

  private List<Payment> stalePayments(Instant before) {
    return entityManager
        .createQuery(
            "select p from Payment p where p.status in :open and p.updatedAt < :before"
                + " order by p.updatedAt",
            Payment.class)
        .setParameter("open", List.of(PaymentStatus.REQUIRES_ACTION, PaymentStatus.PROCESSING))
        .setParameter("before", before)
        .setMaxResults(batchSize)
        .getResultList();
  }

  private List<PaymentRefund> staleRefunds(Instant before) {
    return entityManager
        .createQuery(
            "select r from PaymentRefund r where r.status = :pending and r.providerRef is not null"
                + " and r.updatedAt < :before order by r.updatedAt",
            PaymentRefund.class)
        .setParameter("pending", com.vita.payments.entity.RefundStatus.PENDING)
        .setParameter("before", before)
        .setMaxResults(batchSize)
        .getResultList();
  }
}
