package com.vita.auth.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A one-time permission to set a new password, sent by e-mail; only its hash is stored. */
@Entity
@Table(name = "password_reset_token")
@NamedQuery(
    name = PasswordResetToken.BY_HASH,
    query = "select t from PasswordResetToken t where t.tokenHash = :hash")
public class PasswordResetToken {

  public static final String BY_HASH = "PasswordResetToken.byHash";

  @Id private UUID id;

  @Column(name = "account_id", nullable = false)
  private UUID accountId;

  @Column(name = "token_hash", nullable = false, length = 64)
  private String tokenHash;

  @Column(name = "issued_at", nullable = false)
  private Instant issuedAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  protected PasswordResetToken() {}

  public static PasswordResetToken issue(
      UUID accountId, String tokenHash, Instant now, Instant expiresAt) {
    PasswordResetToken token = new PasswordResetToken();
    token.id = UUID.randomUUID();
    token.accountId = accountId;
    token.tokenHash = tokenHash;
    token.issuedAt = now;
    token.expiresAt = expiresAt;
    return token;
  }

  /** Unused and unexpired: it may set a password once. */
  public boolean isUsable(Instant now) {
    return usedAt == null && now.isBefore(expiresAt);
  }

  public void use(Instant now) {
    usedAt = now;
  }

  public UUID accountId() {
    return accountId;
  }
}
