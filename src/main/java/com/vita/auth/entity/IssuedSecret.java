package com.vita.auth.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.UUID;

/**
 * What every secret VITA hands an account has in common: whose it is, the SHA-256 of the secret
 * (never the secret), and when it was issued and stops working.
 */
@MappedSuperclass
public abstract class IssuedSecret {

  @Id private UUID id;

  @Column(name = "account_id", nullable = false)
  private UUID accountId;

  @Column(name = "token_hash", nullable = false, length = 64)
  private String tokenHash;

  @Column(name = "issued_at", nullable = false)
  private Instant issuedAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  protected IssuedSecret() {}

  protected IssuedSecret(UUID accountId, String tokenHash, Instant now, Instant expiresAt) {
    this.id = UUID.randomUUID();
    this.accountId = accountId;
    this.tokenHash = tokenHash;
    this.issuedAt = now;
    this.expiresAt = expiresAt;
  }

  public boolean isExpired(Instant now) {
    return !now.isBefore(expiresAt);
  }

  public UUID accountId() {
    return accountId;
  }
}
