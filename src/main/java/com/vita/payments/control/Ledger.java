package com.vita.payments.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Books ledger transactions: one {@code ledger_transaction} row and its entries, written once and
 * never changed. The database checks what matters — every transaction sums to zero per currency at
 * commit, a payment is captured once, a refund booked once, an order released once, a payout
 * debited once and ended once, seller accounts carry a running balance — so a bug here fails the
 * transaction instead of the books. Entries are written in account order, the order in which their
 * rows are locked, so two bookings touching the same wallets never deadlock.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Ledger {

  /** One side of a booking: a signed amount into (+) or out of (-) an account. */
  public record Leg(long accountId, String currency, long amountMinor, UUID orderId) {}

  /** What a transaction records and refers to. */
  public record Booking(
      String kind, UUID paymentId, UUID refundId, UUID orderId, UUID payoutId, String description) {

    public Booking(String kind, UUID paymentId, UUID refundId, UUID orderId, String description) {
      this(kind, paymentId, refundId, orderId, null, description);
    }
  }

  @PersistenceContext(unitName = "vita")
  EntityManager entityManager;

  public UUID post(Booking booking, List<Leg> legs, Instant now) {
    List<Leg> written =
        legs.stream()
            .filter(leg -> leg.amountMinor() != 0)
            .sorted(Comparator.comparingLong(Leg::accountId))
            .toList();
    if (written.size() < 2) {
      throw new IllegalArgumentException("A ledger transaction moves money between two accounts");
    }
    UUID id = UUID.randomUUID();
    entityManager
        .createNativeQuery(
            "insert into ledger_transaction (id, kind, payment_id, refund_id, order_id,"
                + " description, occurred_at, payout_id) values (?1, ?2, ?3, ?4, ?5, ?6, ?7,"
                + " cast(?8 as uuid))")
        .setParameter(1, id)
        .setParameter(2, booking.kind())
        .setParameter(3, booking.paymentId())
        .setParameter(4, booking.refundId())
        .setParameter(5, booking.orderId())
        .setParameter(6, booking.description())
        .setParameter(7, now)
        .setParameter(8, booking.payoutId())
        .executeUpdate();
    StringBuilder sql =
        new StringBuilder(
            "insert into ledger_entry (transaction_id, account_id, currency, amount_minor,"
                + " order_id, created_at) values ");
    for (int i = 0; i < written.size(); i++) {
      int p = i * 4;
      sql.append(i == 0 ? "" : ", ")
          .append("(?1, ?")
          .append(p + 3)
          .append(", ?")
          .append(p + 4)
          .append(", ?")
          .append(p + 5)
          .append(", cast(?")
          .append(p + 6)
          .append(" as uuid), ?2)");
    }
    Query insert = entityManager.createNativeQuery(sql.toString());
    insert.setParameter(1, id).setParameter(2, now);
    for (int i = 0; i < written.size(); i++) {
      Leg leg = written.get(i);
      int p = i * 4;
      insert
          .setParameter(p + 3, leg.accountId())
          .setParameter(p + 4, leg.currency())
          .setParameter(p + 5, leg.amountMinor())
          .setParameter(p + 6, leg.orderId());
    }
    insert.executeUpdate();
    return id;
  }

  /** The sum of an account's entries for one order: what a sale still holds there. */
  public long heldFor(long accountId, UUID orderId) {
    Object sum =
        entityManager
            .createNativeQuery(
                "select coalesce(sum(amount_minor), 0) from ledger_entry"
                    + " where order_id = ?1 and account_id = ?2")
            .setParameter(1, orderId)
            .setParameter(2, accountId)
            .getSingleResult();
    return ((Number) sum).longValue();
  }
}
