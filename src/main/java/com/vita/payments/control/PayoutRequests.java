package com.vita.payments.control;

import com.vita.kyb.control.KybGate;
import com.vita.payments.entity.Payout;
import com.vita.platform.audit.AuditTrail;
import com.vita.platform.money.Money;
import com.vita.platform.problems.NotFoundProblem;
import com.vita.platform.problems.ProblemException;
import com.vita.platform.problems.ProblemType;
import com.vita.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A seller takes money out of their wallet. Only the wallet's owner asks (anyone else: 404), only
 * with an approved business (403), only through a deployed rail (422), within the limits (422).
 * With the seller's available account locked, the balance and the day's payouts are read and the
 * debit booked in the same transaction, so racing requests take turns and the balance never goes
 * below zero. The rail is asked only after that transaction commits ({@link PayoutSubmissions}),
 * outside the lock.
 */
@ApplicationScoped
public class PayoutRequests {

  @PersistenceContext(unitName = "vita")
  EntityManager entityManager;

  @Inject Caller caller;
  @Inject KybGate kyb;
  @Inject PayoutRails rails;
  @Inject PayoutLimits limits;
  @Inject LedgerAccounts accounts;
  @Inject PayoutBookings bookings;
  @Inject AuditTrail audit;
  @Inject Event<PayoutQueued> queued;

  Clock clock = Clock.systemUTC();

  /** A payout asked for: the new one, or the one this key asked for before. */
  public record Requested(Payout payout, boolean replayed) {}

  @Transactional(Transactional.TxType.REQUIRED)
  public Requested request(UUID seller, PayoutForm form, String idempotencyKey) {
    if (!caller.owns(seller)) {
      throw new NotFoundProblem("No such wallet");
    }
    kyb.requireApproved(seller);
    Money amount = Money.ofMinor(form.amountMinor(), currencyOf(form.currency()));
    Payout before = byKey(seller, idempotencyKey);
    if (before != null) {
      return new Requested(sameRequest(before, form, amount), true);
    }
    if (rails.named(form.rail()).isEmpty()) {
      throw new ProblemException(
          ProblemType.UNPROCESSABLE, "Payout rail " + form.rail() + " is not available");
    }
    limits.checkAmount(amount);
    String currency = amount.currency().getCurrencyCode();
    LedgerAccounts.Locked wallet = accounts.availableLocked(seller, currency);
    if (wallet.balanceMinor() < amount.minorUnits()) {
      throw new ProblemException(
          ProblemType.UNPROCESSABLE,
          "Only "
              + Money.ofMinor(Math.max(0, wallet.balanceMinor()), amount.currency())
              + " is available to pay out");
    }
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    limits.checkDay(amount, paidOutSince(seller, currency, now.truncatedTo(ChronoUnit.DAYS)));
    Payout payout =
        Payout.request(
            seller,
            amount,
            form.rail(),
            form.destination().strip(),
            form.destinationCurrency(),
            idempotencyKey,
            now);
    entityManager.persist(payout);
    entityManager.flush(); // the ledger's foreign key needs the row
    bookings.debit(payout, wallet.id(), now);
    audit.record(
        "payout.requested",
        caller.id(),
        payout.id().toString(),
        Map.of(
            "seller", seller.toString(),
            "amountMinor", Long.toString(amount.minorUnits()),
            "currency", currency,
            "rail", payout.rail()));
    queued.fire(new PayoutQueued(payout.id()));
    return new Requested(payout, false);
  }

  private Payout byKey(UUID seller, String key) {
    return entityManager
        .createQuery(
            "select p from Payout p where p.sellerId = :seller and p.idempotencyKey = :key",
            Payout.class)
        .setParameter("seller", seller)
        .setParameter("key", key)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /** A key kept longer than the API's replay window: still one payout, and only for its request. */
  private static Payout sameRequest(Payout before, PayoutForm form, Money amount) {
    if (!before.amount().equals(amount)
        || !before.rail().equals(form.rail())
        || !before.destination().equals(form.destination().strip())
        || !Objects.equals(before.destinationCurrency(), form.destinationCurrency())) {
      throw new ProblemException(
          ProblemType.UNPROCESSABLE,
          "This Idempotency-Key was used for another payout; use a new key for a new one");
    }
    return before;
  }

  /** What the seller took out since the start of the UTC day, returned payouts not counted. */
  private long paidOutSince(UUID seller, String currency, Instant dayStart) {
    Object sum =
        entityManager
            .createNativeQuery(
                "select coalesce(sum(amount_minor), 0) from payout where seller_id = ?1"
                    + " and currency = ?2 and created_at >= ?3 and status <> 'returned'")
            .setParameter(1, seller)
            .setParameter(2, currency)
            .setParameter(3, dayStart)
            .getSingleResult();
    return ((Number) sum).longValue();
  }

  private static Currency currencyOf(String code) {
    try {
      return Currency.getInstance(code);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw ProblemException.invalidField("currency", "is not an ISO 4217 currency code");
    }
  }
}
