package com.vita.auth.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One refresh token of a family (the chain of tokens one login produced). Only the hash of the
 * secret is stored. A token is spent once: using it again means it was copied.
 */
@Entity
@Table(name = "refresh_token")
@NamedQuery(
    name = RefreshToken.BY_HASH,
    query = "select t from RefreshToken t where t.tokenHash = :hash")
@NamedQuery(
    name = RefreshToken.REVOKE_FAMILY,
    query =
        "update RefreshToken t set t.revokedAt = :now"
            + " where t.familyId = :family and t.revokedAt is null")
@NamedQuery(
    name = RefreshToken.REVOKE_ACCOUNT,
    query =
        "update RefreshToken t set t.revokedAt = :now"
            + " where t.accountId = :account and t.revokedAt is null")
public class RefreshToken extends IssuedSecret {

  public static final String BY_HASH = "RefreshToken.byHash";
  public static final String REVOKE_FAMILY = "RefreshToken.revokeFamily";
  public static final String REVOKE_ACCOUNT = "RefreshToken.revokeAccount";

  @Column(name = "family_id", nullable = false)
  private UUID familyId;

  @Column(name = "used_at")
  private Instant usedAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  protected RefreshToken() {}

  private RefreshToken(UUID accountId, String tokenHash, Instant now, Instant expiresAt) {
    super(accountId, tokenHash, now, expiresAt);
  }

  public static RefreshToken issue(
      UUID accountId, UUID familyId, String tokenHash, Instant now, Instant expiresAt) {
    RefreshToken token = new RefreshToken(accountId, tokenHash, now, expiresAt);
    token.familyId = familyId;
    return token;
  }

  /** Spent or revoked already: presenting it again is a replay. */
  public boolean isSpent() {
    return usedAt != null || revokedAt != null;
  }

  public void spend(Instant now) {
    usedAt = now;
  }

  public UUID familyId() {
    return familyId;
  }
}
