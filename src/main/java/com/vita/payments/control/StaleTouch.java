package com.vita.payments.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/**
 * Marks a payment or refund the provider still calls open as checked now, so reconciliation asks
 * about it again one period later. Only {@code updated_at} moves; a concurrent settlement that
 * changed the row first wins (its version is untouched here and its status stays).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class StaleTouch {

  @PersistenceContext(unitName = "vita")
  EntityManager entityManager;

  public void payment(UUID id, Instant now) {
    entityManager
        .createNativeQuery(
            "update payment set updated_at = ?2 where id = ?1"
                + " and status in ('requires_action', 'processing')")
        .setParameter(1, id)
        .setParameter(2, now)
        .executeUpdate();
  }

  public void refund(UUID id, Instant now) {
    entityManager
        .createNativeQuery(
            "update payment_refund set updated_at = ?2 where id = ?1 and status = 'pending'")
        .setParameter(1, id)
        .setParameter(2, now)
        .executeUpdate();
  }
}
