package com.vita.kyb.control;

import com.vita.kyb.entity.Business;
import com.vita.kyb.entity.BusinessStatusChange;
import com.vita.kyb.entity.KybStatus;
import com.vita.kyc.control.KycGate;
import com.vita.platform.persistence.UniqueViolation;
import com.vita.platform.problems.ProblemException;
import com.vita.platform.problems.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;

/**
 * An admin's decisions on a case. The entity refuses the moves its state does not allow (409);
 * approval also needs the legal representative's identity verified, which the kyc component says,
 * and no other approved case for the tax id: of competing claims only one can win (V17).
 */
@ApplicationScoped
public class BusinessReview {

  private static final System.Logger LOG = System.getLogger(BusinessReview.class.getName());

  /** The unique index that lets one case per tax id be approved (V17). */
  static final String APPROVED_TAX_ID_INDEX = "business_tax_id_approved";

  static final String TAX_ID_APPROVED_ELSEWHERE =
      "Another business with this tax identifier is already approved";

  @PersistenceContext(unitName = "vita")
  EntityManager entityManager;

  @Inject BusinessCases cases;
  @Inject BusinessChanges changes;
  @Inject KycGate kyc;

  Clock clock = Clock.systemUTC();

  /** An admin's decision on a case. */
  public enum Decision {
    START_REVIEW,
    APPROVE,
    REJECT,
    REQUEST_MORE_INFO
  }

  @Transactional
  public Business decide(UUID adminId, UUID businessId, Decision decision, String reasons) {
    String why = reasons == null || reasons.isBlank() ? null : reasons.strip();
    if (why == null && (decision == Decision.REJECT || decision == Decision.REQUEST_MORE_INFO)) {
      // A missing field is the request's fault whatever the case's state: 400 before any 409.
      throw ProblemException.invalidField(
          "reasons", "required to reject or to ask for more information");
    }
    Business business = cases.locked(businessId);
    BusinessStatusChange change =
        switch (decision) {
          case START_REVIEW -> business.startReview(adminId, clock.instant());
          case APPROVE -> approve(adminId, business, why);
          case REJECT -> business.reject(adminId, why, clock.instant());
          case REQUEST_MORE_INFO -> business.requestMoreInfo(adminId, why, clock.instant());
        };
    changes.record(business, change);
    LOG.log(
        System.Logger.Level.INFO,
        "KYB {0}: {1} -> {2}",
        business.id(),
        change.from().value(),
        change.to().value());
    return business;
  }

  /**
   * Approves unless a competing claim already is: checked first for a clear answer, and by the
   * unique index at once (flushed here) for two approvals of competing cases at the same moment.
   */
  private BusinessStatusChange approve(UUID adminId, Business business, String why) {
    if (cases.competing(business).stream().anyMatch(b -> b.status() == KybStatus.APPROVED)) {
      throw new ProblemException(ProblemType.CONFLICT, TAX_ID_APPROVED_ELSEWHERE);
    }
    BusinessStatusChange change =
        business.approve(
            kyc.isVerified(business.legalRepresentativeAccountId()), adminId, why, clock.instant());
    try {
      entityManager.flush();
    } catch (PersistenceException failure) {
      if (UniqueViolation.of(failure, APPROVED_TAX_ID_INDEX)) {
        throw new ProblemException(ProblemType.CONFLICT, TAX_ID_APPROVED_ELSEWHERE);
      }
      throw failure;
    }
    return change;
  }
}
