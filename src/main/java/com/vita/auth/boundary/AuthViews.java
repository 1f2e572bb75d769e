package com.vita.auth.boundary;

import com.vita.auth.control.TokenPair;
import com.vita.auth.entity.Account;
import com.vita.platform.security.Role;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The identity API's response bodies. */
public final class AuthViews {

  private AuthViews() {}

  /** Seed 000's shape: {@code userId}, {@code token} and {@code refreshToken}. */
  public record Tokens(
      UUID userId, String token, String refreshToken, String tokenType, long expiresIn) {
    static Tokens of(TokenPair pair) {
      return new Tokens(
          pair.accountId(),
          pair.accessToken(),
          pair.refreshToken(),
          "Bearer",
          pair.expiresIn().toSeconds());
    }
  }

  /**
   * {@code username} is the account's public handle ({@code usernameLocked} once a store is public
   * under it); {@code firstName}/{@code lastName} are null unless given at registration.
   */
  public record Profile(
      UUID userId,
      String email,
      boolean emailVerified,
      String username,
      boolean usernameLocked,
      String name,
      String firstName,
      String lastName,
      List<String> roles,
      String kyc,
      String kyb,
      Instant createdAt) {
    static Profile of(Account account, Map<String, String> claims) {
      return new Profile(
          account.id(),
          account.email().value(),
          account.isEmailVerified(),
          account.username().value(),
          account.isUsernameLocked(),
          account.displayName(),
          account.firstName(),
          account.lastName(),
          account.roles().stream().map(Role::claim).sorted().toList(),
          claims.get("kyc"),
          claims.get("kyb"),
          account.createdAt());
    }
  }
}
