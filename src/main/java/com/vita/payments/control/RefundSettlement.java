package com.vita.payments.control;

import com.vita.payments.entity.Payment;
import com.vita.payments.entity.PaymentRefund;
import com.vita.payments.entity.RefundStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The one path by which a provider's word about a refund changes it (the answer to the refund call,
 * a webhook, reconciliation). With the payment locked, a pending refund that succeeded is booked in
 * the ledger, counted on the payment and announced, once; a failed one frees its amount. A refund
 * VITA never asked for (made in the provider's dashboard) is left for the reconciliation report: it
 * cannot tell which order it gives back.
 */
@ApplicationScoped
public class RefundSettlement {

  private static final System.Logger LOG = System.getLogger(RefundSettlement.class.getName());

  @PersistenceContext(unitName = "vita")
  EntityManager entityManager;

  @Inject PaymentBookings bookings;
  @Inject OrderRefunds orderRefunds;
  @Inject PaymentEvents events;
  @Inject Event<PaymentRecorded> recorded;

  Clock clock = Clock.systemUTC();

  @Transactional(Transactional.TxType.REQUIRED)
  public PaymentSettlement.Result apply(ProviderRefund state) {
    Object[] ids = idsOf(state);
    if (ids == null) {
      LOG.log(
          System.Logger.Level.WARNING,
          "Refund {0} of {1} is no refund VITA asked for",
          state.providerRef(),
          state.paymentRef());
      return PaymentSettlement.Result.UNKNOWN_PAYMENT;
    }
    // Read under the locks, payment first (as every refund and capture of it does): not before,
    // since another refund or the provider's own answer may change both meanwhile.
    Payment payment = entityManager.find(Payment.class, ids[1], LockModeType.PESSIMISTIC_WRITE);
    PaymentRefund refund =
        entityManager.find(PaymentRefund.class, ids[0], LockModeType.PESSIMISTIC_WRITE);
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    refund.knownAs(state.providerRef(), now);
    if (!refund.settle(state.status(), now)) {
      return PaymentSettlement.Result.UNCHANGED;
    }
    if (state.status() == RefundStatus.SUCCEEDED) {
      long before = orderRefunds.givenBackBefore(refund);
      long orderAmount =
          payment.shares().stream()
              .filter(s -> s.orderId().equals(refund.orderId()))
              .findFirst()
              .orElseThrow()
              .amountMinor();
      entityManager.flush();
      bookings.refund(payment, refund, before, now);
      payment.refunded(refund.amount().minorUnits(), now);
      events.refunded(payment, refund, before + refund.amount().minorUnits(), orderAmount, now);
      recorded.fire(
          new PaymentRecorded(
              payment.provider(), "refunded", refund.amount().currency().getCurrencyCode(), 0));
    }
    return PaymentSettlement.Result.APPLIED;
  }

  /** The refund's and its payment's ids: by VITA's id in the metadata, else the provider's. */
  private Object[] idsOf(ProviderRefund state) {
    List<?> rows =
        state.refundId() != null
            ? entityManager
                .createNativeQuery("select id, payment_id from payment_refund where id = ?1")
                .setParameter(1, state.refundId())
                .getResultList()
            : List.of();
    if (rows.isEmpty() && state.providerRef() != null) {
      rows =
          entityManager
              .createNativeQuery(
                  "select id, payment_id from payment_refund where provider_ref = ?1")
              .setParameter(1, state.providerRef())
              .getResultList();
    }
    return rows.isEmpty() ? null : (Object[]) rows.get(0);
  }
}
