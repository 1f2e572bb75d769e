package com.vita.payments.control;

import com.vita.payments.entity.Payout;
import com.vita.payments.entity.PayoutStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;

/**
 * Gives each debited payout to its rail right after the transaction that debited it commits (so the
 * wallet's lock is not held while a provider answers). The rail's reference is recorded; a rail
 * that refuses, fails or is gone returns the payout to the wallet at once. The instruction carries
 * the payout's id as its idempotency key, so a payout given twice is one at the provider.
 */
@ApplicationScoped
public class PayoutSubmissions {

  private static final System.Logger LOG = System.getLogger(PayoutSubmissions.class.getName());

  @PersistenceContext(unitName = "vita")
  EntityManager entityManager;

  @Inject PayoutRails rails;
  @Inject PayoutSettlement settlement;

  void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) PayoutQueued queued) {
    submit(queued.payoutId());
  }

  void submit(UUID payoutId) {
    Payout payout = entityManager.find(Payout.class, payoutId);
    if (payout != null && payout.status() == PayoutStatus.REQUESTED) {
      dispatch(payout);
    }
  }

  /** Gives a requested payout to its rail and records what the rail answered. */
  void dispatch(Payout payout) {
    UUID payoutId = payout.id();
    PayoutRail rail = rails.named(payout.rail()).orElse(null);
    if (rail == null) {
      fail(payout, "Payout rail " + payout.rail() + " is not available");
      return;
    }
    if (!settlement.claim(payoutId)) {
      return; // another sender has it, or an admin held it first
    }
    PayoutRail.Submission submission;
    try {
      submission =
          rail.submit(
              new PayoutRail.PayoutInstruction(
                  payout.id(),
                  payout.sellerId(),
                  payout.amount(),
                  payout.destination(),
                  payout.destinationCurrency(),
                  "vita-payout-" + payout.id()));
    } catch (RuntimeException e) {
      LOG.log(
          System.Logger.Level.WARNING, "Rail " + rail.name() + " refused payout " + payoutId, e);
      fail(payout, "The " + rail.name() + " rail did not take the payout: " + e.getMessage());
      return;
    }
    settlement.submitted(payoutId, submission == null ? null : submission.providerRef());
  }

  private void fail(Payout payout, String reason) {
    settlement.apply(new PayoutOutcome(payout.id(), payout.rail(), null, false, reason), null);
  }
}
