package com.vita.payments.control;

import com.vita.payments.entity.Payout;
import com.vita.payments.entity.PayoutStatus;
import com.vita.platform.problems.NotFoundProblem;
import com.vita.platform.problems.ProblemException;
import com.vita.platform.problems.ProblemType;
import com.vita.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * What admins do with a payout: hold one (requested or submitted), release it (back to its rail
 * when it never reached it), and for bank payouts, which the finance team makes by hand, settle
 * (with the bank's transfer number) or return it. Any payout still held that never reached its rail
 * may be returned too: no money can have left. Each move is audited with the admin.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class PayoutAdministration {

  @Inject PayoutSettlement settlement;
  @Inject Payouts payouts;
  @Inject Caller caller;
  @Inject Event<PayoutQueued> queued;

  Clock clock = Clock.systemUTC();

  public Payout hold(UUID id, String reason) {
    Payout payout = found(id);
    if (!payout.hold(reason, now())) {
      throw conflict(payout, "only a requested or submitted payout can be held");
    }
    settlement.record("held", caller.id(), payout);
    return payout;
  }

  public Payout release(UUID id) {
    Payout payout = found(id);
    if (!payout.release(now())) {
      throw conflict(payout, "only a held payout can be released");
    }
    settlement.record("released", caller.id(), payout);
    if (payout.status() == PayoutStatus.REQUESTED) {
      queued.fire(new PayoutQueued(payout.id()));
    }
    return payout;
  }

  public Payout settle(UUID id, String reference) {
    Payout payout = found(id);
    if (!BankPayoutRail.NAME.equals(payout.rail())) {
      throw conflict(payout, "a " + payout.rail() + " payout is settled by its provider");
    }
    if (payout.status() != PayoutStatus.SUBMITTED) {
      throw conflict(payout, "only a submitted payout can be settled (release a held one first)");
    }
    if (reference != null && payouts.byReference(payout.rail(), reference).isPresent()) {
      throw conflict(payout, "the bank reference " + reference + " settled another payout");
    }
    settlement.apply(new PayoutOutcome(id, payout.rail(), reference, true, null), caller.id());
    return payout;
  }

  public Payout giveBack(UUID id, String reason) {
    Payout payout = found(id);
    boolean manual = BankPayoutRail.NAME.equals(payout.rail());
    boolean neverSent = payout.status() == PayoutStatus.HELD && !payout.reachedRail();
    if (payout.status().isFinal() || !(manual || neverSent)) {
      throw conflict(
          payout,
          "only a bank payout not ended, or a held one that never reached its rail, can be"
              + " returned");
    }
    settlement.apply(new PayoutOutcome(id, payout.rail(), null, false, reason), caller.id());
    return payout;
  }

  private Payout found(UUID id) {
    Payout payout = settlement.locked(id);
    if (payout == null) {
      throw new NotFoundProblem("No such payout");
    }
    return payout;
  }

  private static ProblemException conflict(Payout payout, String rule) {
    return new ProblemException(
        ProblemType.CONFLICT,
        "Payout " + payout.id() + " is " + payout.status().value() + ": " + rule);
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
