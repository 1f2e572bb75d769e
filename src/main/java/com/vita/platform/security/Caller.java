package com.vita.platform.security;

import com.vita.platform.problems.ProblemException;
import com.vita.platform.problems.ProblemType;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, for the request at hand: the account id and roles of the verified access token.
 * Resources ask it instead of reading the token themselves, so "is this yours, or are you an admin"
 * is decided one way everywhere.
 */
@RequestScoped
public class Caller {

  @Inject JsonWebToken token;

  /** The caller's account id; 401 when the request carries no verified token. */
  public UUID id() {
    String subject = token == null ? null : token.getSubject();
    if (subject == null) {
      throw new ProblemException(ProblemType.UNAUTHORIZED, "Authentication is required");
    }
    return UUID.fromString(subject);
  }

  /** The access token's id ({@code jti}) and expiry, for revoking it at logout. */
  public String tokenId() {
    id();
    return token.getTokenID();
  }

  public Instant tokenExpiresAt() {
    id();
    return Instant.ofEpochSecond(token.getExpirationTime());
  }

  public Set<Role> roles() {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    if (token != null && token.getGroups() != null) {
      token.getGroups().forEach(group -> Role.ofClaim(group).ifPresent(roles::add));
    }
    return roles;
  }

  public boolean has(Role role) {
    return roles().contains(role);
  }

  public boolean isAdmin() {
    return has(Role.ADMIN);
  }

  /** True when the thing belongs to the caller's own account. */
  public boolean owns(UUID ownerAccountId) {
    return id().equals(ownerAccountId);
  }

  /** True when the caller owns it or is an admin: who may see or manage another's thing. */
  public boolean mayAccess(UUID ownerAccountId) {
    return isAdmin() || owns(ownerAccountId);
  }
}
