package com.vita.payments.control;

import com.vita.platform.persistence.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A user's wallet, read from the ledger: per currency, what is available and what is pending, each
 * the newest running balance of its account (one index probe per account, however many entries),
 * and the entries themselves, newest first, a keyset page at a time.
 */
@ApplicationScoped
public class Wallets {

  @PersistenceContext(unitName = "vita")
  EntityManager entityManager;

  /** One currency's balances, in minor units. */
  public record Balance(String currency, long availableMinor, long pendingMinor) {}

  /** One entry as the wallet's owner sees it. */
  public record Entry(
      long id,
      String kind,
      String account,
      String currency,
      long amountMinor,
      long balanceAfterMinor,
      UUID orderId,
      UUID paymentId,
      String description,
      Instant at) {}

  @SuppressWarnings("unchecked")
  public List<Balance> balances(UUID holder) {
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "select a.kind, a.currency, (select e.balance_after from ledger_entry e"
                    + " where e.account_id = a.id and e.seq is not null order by e.seq desc limit 1)"
                    + " from ledger_account a where a.holder_id = ?1")
            .setParameter(1, holder)
            .getResultList();
    Map<String, long[]> byCurrency = new TreeMap<>();
    for (Object[] row : rows) {
      long[] sums = byCurrency.computeIfAbsent(((String) row[1]).strip(), c -> new long[2]);
      long balance = row[2] == null ? 0 : ((Number) row[2]).longValue();
      sums["seller_available".equals(row[0]) ? 0 : 1] += balance;
    }
    List<Balance> balances = new ArrayList<>();
    byCurrency.forEach((currency, sums) -> balances.add(new Balance(currency, sums[0], sums[1])));
    return balances;
  }

  /** Entries older than {@code beforeId} (all when null), newest first. */
  @SuppressWarnings("unchecked")
  public List<Entry> entries(UUID holder, Long beforeId, int limit) {
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "select e.id, t.kind, a.kind, e.currency, e.amount_minor, e.balance_after,"
                    + " e.order_id, t.payment_id, t.description, e.created_at"
                    + " from ledger_entry e join ledger_transaction t on t.id = e.transaction_id"
                    + " join ledger_account a on a.id = e.account_id"
                    + " where e.holder_id = ?1 and e.id < ?2 order by e.id desc limit ?3")
            .setParameter(1, holder)
            .setParameter(2, beforeId == null ? Long.MAX_VALUE : beforeId)
            .setParameter(3, limit)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new Entry(
                    ((Number) r[0]).longValue(),
                    (String) r[1],
                    "seller_available".equals(r[2]) ? "available" : "pending",
                    ((String) r[3]).strip(),
                    ((Number) r[4]).longValue(),
                    ((Number) r[5]).longValue(),
                    (UUID) r[6],
                    (UUID) r[7],
                    (String) r[8],
                    SqlValues.instant(r[9])))
        .toList();
  }
}
