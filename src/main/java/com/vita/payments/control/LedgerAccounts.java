package com.vita.payments.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * The ledger's accounts, made on first use: a provider's clearing account and VITA's commission per
 * currency, each seller's pending and available wallet per currency, and the payout clearing of
 * each rail.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class LedgerAccounts {

  /** What an account is for; the database's {@code ledger_account.kind}. */
  public enum Kind {
    PROVIDER_CLEARING("provider_clearing"),
    PLATFORM_COMMISSION("platform_commission"),
    SELLER_PENDING("seller_pending"),
    SELLER_AVAILABLE("seller_available"),
    PAYOUT_CLEARING("payout_clearing");

    final String code;

    Kind(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }
  }

  /** A wallet account held under its row lock, and its balance then. */
  public record Locked(long id, long balanceMinor) {}

  @PersistenceContext(unitName = "vita")
  EntityManager entityManager;

  public long clearing(String provider, String currency) {
    return id(Kind.PROVIDER_CLEARING, null, provider, currency);
  }

  public long commission(String currency) {
    return id(Kind.PLATFORM_COMMISSION, null, null, currency);
  }

  public long pending(UUID seller, String currency) {
    return id(Kind.SELLER_PENDING, seller, null, currency);
  }

  public long available(UUID seller, String currency) {
    return id(Kind.SELLER_AVAILABLE, seller, null, currency);
  }

  /** What is on its way out through a payout rail: debited from wallets, not yet settled. */
  public long payoutClearing(String rail, String currency) {
    return id(Kind.PAYOUT_CLEARING, null, rail, currency);
  }

  /**
   * The seller's available account, locked (FOR UPDATE) until the caller's transaction ends: the
   * one lock under which a payout reads the balance and debits it, so racing payouts take turns.
   *
   * @return the account's id and its balance
   */
  public Locked availableLocked(UUID seller, String currency) {
    long id = available(seller, currency);
    entityManager
        .createNativeQuery("select id from ledger_account where id = ?1 for update")
        .setParameter(1, id)
        .getSingleResult();
    // A statement of its own after the lock: read committed gives it a snapshot taken after the
    // previous holder committed, so it sees that holder's debit.
    Object balance =
        entityManager
            .createNativeQuery(
                "select coalesce((select balance_after from ledger_entry where account_id = ?1"
                    + " and seq is not null order by seq desc limit 1), 0)")
            .setParameter(1, id)
            .getSingleResult();
    return new Locked(id, ((Number) balance).longValue());
  }

  private long id(Kind kind, UUID holder, String provider, String currency) {
    List<?> found = find(kind, holder, provider, currency);
    if (!found.isEmpty()) {
      return ((Number) found.get(0)).longValue();
    }
    // A racing first use inserts the same row: DO NOTHING waits for it, and the next read sees it.
    entityManager
        .createNativeQuery(
            "insert into ledger_account (kind, holder_id, provider, currency)"
                + " values (?1, ?2, ?3, ?4) on conflict do nothing")
        .setParameter(1, kind.code)
        .setParameter(2, holder)
        .setParameter(3, provider)
        .setParameter(4, currency)
        .executeUpdate();
    return ((Number) find(kind, holder, provider, currency).get(0)).longValue();
  }

  private List<?> find(Kind kind, UUID holder, String provider, String currency) {
    return entityManager
        .createNativeQuery(
            "select id from ledger_account where kind = ?1 and holder_id is not distinct from"
                + " cast(?2 as uuid) and provider is not distinct from cast(?3 as varchar)"
                + " and currency = ?4")
        .setParameter(1, kind.code)
        .setParameter(2, holder)
        .setParameter(3, provider)
        .setParameter(4, currency)
        .getResultList();
  }
}
