package com.vita.auth.control;

import com.vita.platform.security.AccessTokenClaims;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Gathers what the other components say about an account ({@link AccessTokenClaims}) for its token
 * and profile. A claim the token sets itself ({@code sub}, {@code groups}, ...) cannot be
 * overridden: a contributor naming one is a programming error.
 */
@ApplicationScoped
public class ComponentClaims {

  private static final Set<String> RESERVED =
      Set.of(
          "iss",
          "aud",
          "sub",
          "upn",
          "groups",
          "jti",
          "iat",
          "exp",
          "nbf",
          AccessTokens.GENERATION_CLAIM,
          AccessTokens.EMAIL_VERIFIED_CLAIM);

  @Inject @Any Instance<AccessTokenClaims> contributors;

  public Map<String, String> of(UUID accountId) {
    Map<String, String> claims = new TreeMap<>();
    for (AccessTokenClaims contributor : contributors) {
      contributor
          .claimsFor(accountId)
          .forEach(
              (name, value) -> {
                if (RESERVED.contains(name) || claims.putIfAbsent(name, value) != null) {
                  throw new IllegalStateException("Claim " + name + " contributed twice");
                }
              });
    }
    return claims;
  }
}
