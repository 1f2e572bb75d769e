package com.vita.kyb.control;

import com.vita.kyb.entity.Business;
import com.vita.kyb.entity.BusinessDocument;
import com.vita.kyb.entity.BusinessStatusChange;
import com.vita.kyb.entity.KybStatus;
import com.vita.platform.problems.NotFoundProblem;
import com.vita.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Finding business verifications: the caller's, one by id, an admin's queue, their records. */
@ApplicationScoped
public class BusinessCases {

  static final String NO_SUCH_BUSINESS = "No such business";

  @PersistenceContext(unitName = "vita")
  EntityManager entityManager;

  /** The business, when the caller owns it or is an admin; 404 otherwise, as for none at all. */
  public Business visible(UUID businessId, Caller caller) {
    Business business = existing(businessId);
    if (!caller.mayAccess(business.ownerAccountId())) {
      throw new NotFoundProblem(NO_SUCH_BUSINESS);
    }
    return business;
  }

  /** The business, whoever owns it; 404 when there is none. */
  public Business existing(UUID businessId) {
    Business business = entityManager.find(Business.class, businessId);
    if (business == null) {
      throw new NotFoundProblem(NO_SUCH_BUSINESS);
    }
    return business;
  }

  /** The business locked for a change until the transaction ends; 404 when there is none. */
  Business locked(UUID businessId) {
    Business business =
        entityManager.find(Business.class, businessId, LockModeType.PESSIMISTIC_WRITE);
    if (business == null) {
      throw new NotFoundProblem(NO_SUCH_BUSINESS);
    }
    return business;
  }

  /** The account's businesses, newest first. */
  public List<Business> ownedBy(UUID ownerId) {
    return entityManager
        .createNamedQuery(Business.OWNED_BY, Business.class)
        .setParameter("owner", ownerId)
        .getResultList();
  }

  /** A page of the cases in one status, the longest waiting first: an admin's work queue. */
  public List<Business> inStatus(KybStatus status, int offset, int limit) {
    return entityManager
        .createNamedQuery(Business.IN_STATUS, Business.class)
        .setParameter("status", status)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  /**
   * The other handed-in cases (not drafts, not rejected) that claim the same tax id, oldest first:
   * for admins only, since telling an owner would say who else applied.
   */
  public List<Business> competing(Business business) {
    return entityManager
        .createNamedQuery(Business.COMPETING, Business.class)
        .setParameter("country", business.taxId().country())
        .setParameter("taxId", business.taxId().value())
        .setParameter("id", business.id())
        .getResultList();
  }

  public List<BusinessStatusChange> history(UUID businessId) {
    return entityManager
        .createNamedQuery(BusinessStatusChange.OF_BUSINESS, BusinessStatusChange.class)
        .setParameter("business", businessId)
        .getResultList();
  }

  public List<BusinessDocument> documents(UUID businessId) {
    return entityManager
        .createNamedQuery(BusinessDocument.OF_BUSINESS, BusinessDocument.class)
        .setParameter("business", businessId)
        .getResultList();
  }

  public Optional<BusinessDocument> document(UUID businessId, UUID documentId) {
    return Optional.ofNullable(entityManager.find(BusinessDocument.class, documentId))
        .filter(d -> d.businessId().equals(businessId));
  }
}
