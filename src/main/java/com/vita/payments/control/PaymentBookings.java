package com.vita.payments.control;

import com.vita.payments.entity.Payment;
import com.vita.payments.entity.PaymentRefund;
import com.vita.payments.entity.PaymentShare;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What each money event books. A capture: the provider's clearing account gives the whole amount,
 * each order's seller gets it net of commission into pending, VITA gets the commission. A refund of
 * an order: the reverse for the amount refunded, commission back in proportion, taken from the
 * seller's pending money or, once released, from their available money. A release (delivery, or
 * {@code payments.wallet.hold-period} after capture): the order's pending money becomes available.
 * Each runs in the caller's transaction, after the caller locked what it settles.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PaymentBookings {

  @PersistenceContext(unitName = "vita")
  EntityManager entityManager;

  @Inject Ledger ledger;
  @Inject LedgerAccounts accounts;
  @Inject Commissions commissions;

  @Inject
  @ConfigProperty(name = "payments.wallet.hold-period", defaultValue = "P14D")
  Duration holdPeriod;

  /** The capture of a payment that just succeeded, and each order's credit to release later. */
  public UUID capture(Payment payment, Instant now) {
    String currency = payment.amount().currency().getCurrencyCode();
    long commissionAccount = accounts.commission(currency);
    List<Ledger.Leg> legs = new ArrayList<>();
    legs.add(
        new Ledger.Leg(
            accounts.clearing(payment.provider(), currency),
            currency,
            -payment.amount().minorUnits(),
            null));
    for (PaymentShare share : payment.shares()) {
      long commission = Commissions.of(share.amountMinor(), commissions.rateFor(share.storeId()));
      legs.add(
          new Ledger.Leg(
              accounts.pending(share.sellerId(), currency),
              currency,
              share.amountMinor() - commission,
              share.orderId()));
      legs.add(new Ledger.Leg(commissionAccount, currency, commission, share.orderId()));
      entityManager
          .createNativeQuery(
              "insert into seller_credit (order_id, payment_id, seller_id, currency, gross_minor,"
                  + " commission_minor, release_after) values (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
          .setParameter(1, share.orderId())
          .setParameter(2, payment.id())
          .setParameter(3, share.sellerId())
          .setParameter(4, currency)
          .setParameter(5, share.amountMinor())
          .setParameter(6, commission)
          .setParameter(7, now.plus(holdPeriod))
          .executeUpdate();
    }
    return ledger.post(
        new Ledger.Booking("capture", payment.id(), null, null, "payment " + payment.id()),
        legs,
        now);
  }

  /**
   * The reverse of part of one order's sale.
   *
   * @param refundedBefore what earlier refunds of the same order returned
   */
  public UUID refund(Payment payment, PaymentRefund refund, long refundedBefore, Instant now) {
    Credit credit = lockedCredit(refund.orderId());
    String currency = credit.currency();
    long amount = refund.amount().minorUnits();
    long back =
        Commissions.takenBack(credit.commission(), refundedBefore + amount, credit.gross())
            - Commissions.takenBack(credit.commission(), refundedBefore, credit.gross());
    long sellerAccount =
        credit.released()
            ? accounts.available(credit.seller(), currency)
            : accounts.pending(credit.seller(), currency);
    List<Ledger.Leg> legs =
        List.of(
            new Ledger.Leg(accounts.clearing(payment.provider(), currency), currency, amount, null),
            new Ledger.Leg(accounts.commission(currency), currency, -back, refund.orderId()),
            new Ledger.Leg(sellerAccount, currency, -(amount - back), refund.orderId()));
    return ledger.post(
        new Ledger.Booking(
            "refund", payment.id(), refund.id(), refund.orderId(), "refund " + refund.id()),
        legs,
        now);
  }

  /**
   * Makes an order's pending money available, once.
   *
   * @return whether anything was released now
   */
  public boolean release(UUID orderId, Instant now) {
    Credit credit = lockedCredit(orderId);
    if (credit == null || credit.released()) {
      return false;
    }
    long pendingAccount = accounts.pending(credit.seller(), credit.currency());
    long held = ledger.heldFor(pendingAccount, orderId);
    if (held > 0) {
      ledger.post(
          new Ledger.Booking("release", null, null, orderId, "order " + orderId + " released"),
          List.of(
              new Ledger.Leg(pendingAccount, credit.currency(), -held, orderId),
              new Ledger.Leg(
                  accounts.available(credit.seller(), credit.currency()),
                  credit.currency(),
                  held,
                  orderId)),
          now);
    }
    entityManager
        .createNativeQuery("update seller_credit set released_at = ?2 where order_id = ?1")
        .setParameter(1, orderId)
        .setParameter(2, now)
        .executeUpdate();
    return true;
  }

  /** {@link #release} in a transaction of its own: the timer's, one order at a time. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean releaseAlone(UUID orderId, Instant now) {
    return release(orderId, now);
  }

  /** Orders whose hold period is over and whose money is still pending, oldest first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  @SuppressWarnings("unchecked")
  public List<UUID> dueForRelease(Instant now, int limit) {
    return entityManager
        .createNativeQuery(
            "select order_id from seller_credit where released_at is null and release_after <= ?1"
                + " order by release_after limit ?2",
            UUID.class)
        .setParameter(1, now)
        .setParameter(2, limit)
        .getResultList();
  }

  private record Credit(
      UUID seller, String currency, long gross, long commission, boolean released) {}

  private Credit lockedCredit(UUID orderId) {
    List<?> rows =
        entityManager
            .createNativeQuery(
                "select seller_id, currency, gross_minor, commission_minor, released_at is not null"
                    + " from seller_credit where order_id = ?1 for update")
            .setParameter(1, orderId)
            .getResultList();
    if (rows.isEmpty()) {
      return null;
    }
    Object[] row = (Object[]) rows.get(0);
    return new Credit(
        (UUID) row[0],
        ((String) row[1]).strip(),
        ((Number) row[2]).longValue(),
        ((Number) row[3]).longValue(),
        (Boolean) row[4]);
  }
}
