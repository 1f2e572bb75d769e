package com.vita.payments.control;

import com.vita.payments.entity.Payout;
import com.vita.platform.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The one path by which a payout that left the wallet moves on: its rail took it, or it ended (a
 * rail's {@link PayoutOutcome}, the finance team's word for a bank payout, a rail's refusal). With
 * the payout row locked, its status decides: an outcome for a payout that already ended is a repeat
 * and changes nothing, whatever the order or number of deliveries; the ledger's unique indexes back
 * this up. Every move is audited with who made it (null: a provider or VITA itself).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class PayoutSettlement {

  private static final System.Logger LOG = System.getLogger(PayoutSettlement.class.getName());

  /** What an outcome did. */
  public enum Result {
    APPLIED,
    UNCHANGED,
    UNKNOWN_PAYOUT
  }

  @PersistenceContext(unitName = "vita")
  EntityManager entityManager;

  @Inject PayoutBookings bookings;
  @Inject AuditTrail audit;

  Clock clock = Clock.systemUTC();

  void on(@Observes PayoutOutcome outcome) {
    apply(outcome, null);
  }

  public Result apply(PayoutOutcome outcome, UUID actor) {
    Payout payout = locked(outcome.payoutId());
    if (payout == null || !payout.rail().equals(outcome.rail())) {
      LOG.log(
          System.Logger.Level.WARNING,
          "Outcome of {0} payout {1} ({2}) is no payout VITA sent there",
          outcome.rail(),
          outcome.payoutId(),
          outcome.providerRef());
      return Result.UNKNOWN_PAYOUT;
    }
    Instant now = now();
    if (outcome.settled()) {
      if (!payout.settle(outcome.providerRef(), now)) {
        return Result.UNCHANGED;
      }
      bookings.settled(payout, now);
    } else {
      if (!payout.returned(outcome.reason(), now)) {
        return Result.UNCHANGED;
      }
      bookings.returned(payout, now);
    }
    record(payout.status().value(), actor, payout);
    return Result.APPLIED;
  }

  /** Claims a requested payout for its rail, once (see {@link Payout#claimForRail}). */
  public boolean claim(UUID payoutId) {
    Payout payout = locked(payoutId);
    return payout != null && payout.claimForRail(now());
  }

  /** The rail took the payout, with its reference; false when it was not waiting for it. */
  public boolean submitted(UUID payoutId, String providerRef) {
    Payout payout = locked(payoutId);
    if (payout == null || !payout.submitted(providerRef, now())) {
      return false;
    }
    record("submitted", null, payout);
    return true;
  }

  /** Audits a move of the payout: {@code payout.<what>} by the actor. */
  public void record(String what, UUID actor, Payout payout) {
    Map<String, String> details = new HashMap<>();
    details.put("status", payout.status().value());
    details.put("rail", payout.rail());
    details.put("amountMinor", Long.toString(payout.amount().minorUnits()));
    details.put("currency", payout.amount().currency().getCurrencyCode());
    if (payout.providerRef() != null) {
      details.put("providerRef", payout.providerRef());
    }
    if (payout.reason() != null) {
      details.put("reason", payout.reason());
    }
    audit.record("payout." + what, actor, payout.id().toString(), details);
  }

  Payout locked(UUID payoutId) {
    return payoutId == null
        ? null
        : entityManager.find(Payout.class, payoutId, LockModeType.PESSIMISTIC_WRITE);
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
