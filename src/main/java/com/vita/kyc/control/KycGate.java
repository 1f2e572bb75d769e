package com.vita.kyc.control;

import com.vita.kyc.entity.KycStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * What other components ask before trusting a person (a business's legal representative): has their
 * identity been verified? Current to the call, unlike the token's {@code kyc} claim.
 */
@ApplicationScoped
public class KycGate {

  @Inject KycVerifications verifications;

  public boolean isVerified(UUID accountId) {
    return verifications.currentStatus(accountId) == KycStatus.APPROVED;
  }
}
