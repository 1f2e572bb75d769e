package com.vita.payments.control;

import com.vita.payments.entity.Payout;
import com.vita.payments.entity.PayoutStatus;
import com.vita.platform.problems.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Reading payouts: a seller's own, newest first, and the admins' queue (all, or of one status), a
 * keyset page at a time: the cursor is the last payout of the page before.
 */
@ApplicationScoped
public class Payouts {

  @PersistenceContext(unitName = "vita")
  EntityManager entityManager;

  /** The seller's payout, if it is theirs. */
  public Optional<Payout> of(UUID seller, UUID id) {
    return find(id).filter(p -> p.sellerId().equals(seller));
  }

  public Optional<Payout> find(UUID id) {
    return Optional.ofNullable(entityManager.find(Payout.class, id));
  }

  /** The payout the rail knows by this reference. */
  public Optional<Payout> byReference(String rail, String providerRef) {
    return entityManager
        .createQuery(
            "select p from Payout p where p.rail = :rail and p.providerRef = :ref", Payout.class)
        .setParameter("rail", rail)
        .setParameter("ref", providerRef)
        .getResultStream()
        .findFirst();
  }

  /**
   * @param seller whose payouts, or null for everyone's
   * @param status only those in it, or null
   * @param after the cursor (the last payout of the previous page), or null for the first page
   */
  public List<Payout> page(UUID seller, PayoutStatus status, UUID after, int limit) {
    Payout last = after == null ? null : entityManager.find(Payout.class, after);
    if (after != null && (last == null || (seller != null && !last.sellerId().equals(seller)))) {
      throw ProblemException.invalidField("cursor", "is not a cursor this API gave");
    }
    StringBuilder jpql = new StringBuilder("select p from Payout p where 1 = 1");
    if (seller != null) {
      jpql.append(" and p.sellerId = :seller");
    }
    if (status != null) {
      jpql.append(" and p.status = :status");
    }
    if (last != null) {
      jpql.append(" and (p.createdAt < :at or (p.createdAt = :at and p.id < :id))");
    }
    jpql.append(" order by p.createdAt desc, p.id desc");
    TypedQuery<Payout> query = entityManager.createQuery(jpql.toString(), Payout.class);
    if (seller != null) {
      query.setParameter("seller", seller);
    }
    if (status != null) {
      query.setParameter("status", status);
    }
    if (last != null) {
      query.setParameter("at", last.createdAt()).setParameter("id", last.id());
    }
    return query.setMaxResults(limit).getResultList();
  }
}
