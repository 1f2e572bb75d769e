package com.vita.kyb.control;

import com.vita.kyb.entity.Business;
import com.vita.kyb.entity.KybStatus;
import com.vita.platform.security.AccessTokenClaims;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The {@code kyb} claim of access tokens and profiles: approved as long as one of the account's
 * businesses is (as {@link KybGate} decides), so submitting a second business never takes an
 * approved owner back; otherwise the state of the case that changed last; {@code not_started}
 * without any.
 */
@ApplicationScoped
public class KybClaims implements AccessTokenClaims {

  static final String NOT_STARTED = "not_started";

  @Inject BusinessCases cases;

  @Override
  public Map<String, String> claimsFor(UUID accountId) {
    return Map.of("kyb", summaryOf(cases.ownedBy(accountId)));
  }

  static String summaryOf(List<Business> businesses) {
    if (businesses.stream().anyMatch(b -> b.status() == KybStatus.APPROVED)) {
      return KybStatus.APPROVED.value();
    }
    return businesses.stream()
        .max(Comparator.comparing(Business::updatedAt).thenComparing(Business::createdAt))
        .map(b -> b.status().value())
        .orElse(NOT_STARTED);
  }
}
