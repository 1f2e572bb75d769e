package com.vita.kyb.control;

import com.vita.kyb.entity.Business;
import com.vita.kyb.entity.KybStatus;
import com.vita.platform.country.CountryCode;
import com.vita.platform.problems.ProblemException;
import com.vita.platform.problems.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The question later components ask before letting an account act as a business (open a store,
 * receive payouts): does it own an approved business? Reads the kyb tables, which only this
 * component may; the token's {@code kyb} claim may be minutes old, this is not.
 */
@ApplicationScoped
public class KybGate {

  @PersistenceContext(unitName = "vita")
  EntityManager entityManager;

  public boolean isApproved(UUID accountId) {
    return accountId != null
        && entityManager
            .createNamedQuery(Business.OWNED_BY, Business.class)
            .setParameter("owner", accountId)
            .getResultStream()
            .anyMatch(b -> b.status() == KybStatus.APPROVED);
  }

  /**
   * Lets an account with an approved business through.
   *
   * @throws ProblemException 403 when the account has no approved business
   */
  public void requireApproved(UUID accountId) {
    if (!isApproved(accountId)) {
      throw new ProblemException(
          ProblemType.FORBIDDEN, "This needs a business verified by VITA (KYB approved)");
    }
  }

  /**
   * Where the account's business is registered, for defaults such as a new store's country: an
   * approved business's country, else that of its newest case not rejected, else none.
   */
  public Optional<CountryCode> businessCountry(UUID accountId) {
    List<Business> owned =
        entityManager
            .createNamedQuery(Business.OWNED_BY, Business.class)
            .setParameter("owner", accountId)
            .getResultList();
    return owned.stream()
        .filter(b -> b.status() == KybStatus.APPROVED)
        .findFirst()
        .or(() -> owned.stream().filter(b -> b.status() != KybStatus.REJECTED).findFirst())
        .map(b -> new CountryCode(b.taxId().country()));
  }
}
