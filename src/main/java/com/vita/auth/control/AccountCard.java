package com.vita.auth.control;

import com.vita.platform.security.Role;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * What other components may know about an account: who it is and how to reach it. A snapshot, not
 * the managed entity, so nothing outside auth can change an account or reach its password hash.
 * {@code username} is its public handle (its stores' address); {@code emailVerified} says whether
 * it proved its address ({@link EmailVerificationGate} asks the same for one account).
 */
public record AccountCard(
    UUID id,
    String email,
    String displayName,
    Set<Role> roles,
    Instant createdAt,
    String username,
    boolean emailVerified) {

  public AccountCard {
    roles = Set.copyOf(roles);
  }
}
