package com.vita.payments.control;

import com.vita.kyb.control.KybGate;
import com.vita.payments.entity.VirtualCard;
import com.vita.platform.problems.ProblemException;
import com.vita.platform.problems.ProblemType;
import com.vita.platform.production.DeploymentMode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/**
 * A seller's virtual VISA card: only for an account with an approved business (KYB), one per
 * account however often or concurrently it is asked for (the table's unique holder decides, and the
 * second ask gets the first card). Production refuses the sandbox issuer (503) instead of handing
 * out pretend cards, since no real issuer exists yet.
 */
@ApplicationScoped
public class VirtualCards {

  @PersistenceContext(unitName = "vita")
  EntityManager entityManager;

  @Inject KybGate kyb;
  @Inject VirtualCardIssuer issuer;
  @Inject DeploymentMode mode;

  Clock clock = Clock.systemUTC();

  /** The card and whether this request made it. */
  public record Requested(VirtualCard card, boolean created) {}

  @Transactional(Transactional.TxType.REQUIRED)
  public Requested request(UUID holder) {
    Optional<VirtualCard> existing = of(holder);
    if (existing.isPresent()) {
      return new Requested(existing.get(), false);
    }
    kyb.requireApproved(holder);
    if (issuer.sandbox() && mode.production()) {
      throw new ProblemException(
          ProblemType.UNAVAILABLE,
          "Virtual cards are not available yet: Cregis documents no card API and no other issuer"
              + " is configured");
    }
    VirtualCard card =
        VirtualCard.issued(
            holder, issuer.issue(holder), clock.instant().truncatedTo(ChronoUnit.MICROS));
    int inserted =
        entityManager
            .createNativeQuery(
                "insert into virtual_card (id, holder_id, provider, provider_ref, brand, last4,"
                    + " exp_month, exp_year, status, created_at) values (?1, ?2, ?3, ?4, ?5, ?6,"
                    + " ?7, ?8, ?9, ?10) on conflict (holder_id) do nothing")
            .setParameter(1, card.id())
            .setParameter(2, holder)
            .setParameter(3, card.provider())
            .setParameter(4, card.providerRef())
            .setParameter(5, card.brand())
            .setParameter(6, card.last4())
            .setParameter(7, (short) card.expMonth())
            .setParameter(8, (short) card.expYear())
            .setParameter(9, card.status())
            .setParameter(10, card.createdAt())
            .executeUpdate();
    return new Requested(of(holder).orElseThrow(), inserted == 1);
  }

  public Optional<VirtualCard> of(UUID holder) {
    return entityManager
        .createNamedQuery(VirtualCard.OF_HOLDER, VirtualCard.class)
        .setParameter("holder", holder)
        .getResultStream()
        .findFirst();
  }
}
