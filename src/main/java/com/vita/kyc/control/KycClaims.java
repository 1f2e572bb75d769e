package com.vita.kyc.control;

import com.vita.platform.security.AccessTokenClaims;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;

/** The {@code kyc} claim of access tokens and profiles: the account's identity-check state. */
@ApplicationScoped
public class KycClaims implements AccessTokenClaims {

  @Inject KycVerifications verifications;

  @Override
  public Map<String, String> claimsFor(UUID accountId) {
    return Map.of("kyc", verifications.currentStatus(accountId).value());
  }
}
