package com.vita.kyb.control;

import com.vita.kyb.entity.Business;
import com.vita.kyb.entity.BusinessStatusChange;
import com.vita.kyc.control.KycGate;
import com.vita.platform.problems.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;

/**
 * An admin's decisions on a case. The entity refuses the moves its state does not allow (409);
 * approval also needs the legal representative's identity verified, which the kyc component says.
 */
@ApplicationScoped
public class BusinessReview {

  private static final System.Logger LOG = System.getLogger(BusinessReview.class.getName());

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
          case APPROVE ->
              business.approve(
                  kyc.isVerified(business.legalRepresentativeAccountId()),
                  adminId,
                  why,
                  clock.instant());
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
}
