package com.vita.payments.control;

import com.vita.payments.entity.BankTransfer;
import com.vita.payments.entity.BankTransferStatus;
import com.vita.payments.entity.Payment;
import com.vita.payments.entity.PaymentStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A verdict on a declaration applied, each in a transaction of its own with the payment locked
 * first: confirmed captures the payment through {@link PaymentSettlement} (orders confirmed, the
 * ledger booked by part 1's path); refuted — or still not found at its deadline — refuses the
 * declaration and fails the payment with the same reason, its orders left pending; not found yet
 * asks again later, backing off. A declaration settled meanwhile is left as it is.
 */
@ApplicationScoped
public class BankTransferOutcomes {

  private static final System.Logger LOG = System.getLogger(BankTransferOutcomes.class.getName());

  @PersistenceContext(unitName = "vita")
  EntityManager entityManager;

  @Inject BankTransferQueue queue;
  @Inject PaymentSettlement settlement;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public BankVerdicts.Kind apply(
      BankTransferQueue.Claimed claimed, BankVerdicts.Verdict verdict, Instant at) {
    Instant now = at.truncatedTo(ChronoUnit.MICROS);
    BankTransfer transfer = queue.lockWithPayment(claimed);
    if (transfer.status() != BankTransferStatus.VERIFYING) {
      return verdict.kind();
    }
    Payment payment = entityManager.find(Payment.class, claimed.paymentId());
    switch (verdict.kind()) {
      case CONFIRMED -> {
        transfer.verified(now);
        settlement.apply(payment, state(payment, PaymentStatus.SUCCEEDED, null, null));
        return BankVerdicts.Kind.CONFIRMED;
      }
      case REFUTED -> {
        refuse(transfer, payment, verdict.code(), verdict.reason(), now);
        return BankVerdicts.Kind.REFUTED;
      }
      default -> {
        if (transfer.pastDeadline(now)) {
          refuse(transfer, payment, "not_found", verdict.reason() + " by its deadline", now);
          return BankVerdicts.Kind.REFUTED;
        }
        transfer.askAgainAt(queue.backoff(transfer.attempts(), now), true, now);
        return BankVerdicts.Kind.NOT_YET;
      }
    }
  }

  /** The bank was not asked (its rate limit): the declaration is due again then. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void deferTo(BankTransferQueue.Claimed claimed, Instant next, Instant now) {
    BankTransfer transfer = queue.lockWithPayment(claimed);
    if (transfer.status() == BankTransferStatus.VERIFYING) {
      transfer.askAgainAt(next, false, now.truncatedTo(ChronoUnit.MICROS));
    }
  }

  /** The bank could not answer: asked again after a backoff that grows with each attempt. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void backOff(BankTransferQueue.Claimed claimed, Instant now) {
    BankTransfer transfer = queue.lockWithPayment(claimed);
    if (transfer.status() == BankTransferStatus.VERIFYING) {
      transfer.askAgainAt(
          queue.backoff(transfer.attempts(), now), true, now.truncatedTo(ChronoUnit.MICROS));
    }
  }

  private void refuse(
      BankTransfer transfer, Payment payment, String code, String reason, Instant now) {
    transfer.refused(code, reason, now);
    settlement.apply(payment, state(payment, PaymentStatus.FAILED, code, reason));
    LOG.log(
        System.Logger.Level.INFO,
        "Bank transfer {0} of payment {1} refused: {2}",
        transfer.id(),
        payment.id(),
        reason);
  }

  private static ProviderPayment state(
      Payment payment, PaymentStatus status, String code, String reason) {
    return new ProviderPayment(
        payment.providerRef(),
        status,
        status == PaymentStatus.SUCCEEDED ? payment.amount().minorUnits() : 0,
        payment.amount().currency().getCurrencyCode(),
        code,
        reason,
        null);
  }
}
