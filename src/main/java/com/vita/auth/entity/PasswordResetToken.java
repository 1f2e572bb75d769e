package com.vita.auth.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
// Ends every unused token of the account: only the newest one sent may work.
@NamedQuery(
    name = PasswordResetToken.END_UNUSED,
    query =
        "update PasswordResetToken t set t.usedAt = :now"
            + " where t.accountId = :account and t.usedAt is null")
public class PasswordResetToken extends IssuedSecret {

  public static final String BY_HASH = "PasswordResetToken.byHash";
  public static final String END_UNUSED = "PasswordResetToken.endUnused";

  @Column(name = "used_at")
  private Instant usedAt;

  protected PasswordResetToken() {}

  private PasswordResetToken(UUID accountId, String tokenHash, Instant now, Instant expiresAt) {
    super(accountId, tokenHash, now, expiresAt);
  }

  public static PasswordResetToken issue(
      UUID accountId, String tokenHash, Instant now, Instant expiresAt) {
    return new PasswordResetToken(accountId, tokenHash, now, expiresAt);
  }

  /** Unused and unexpired: it may set a password once. */
  public boolean isUsable(Instant now) {
    return usedAt == null && !isExpired(now);
  }

  public void use(Instant now) {
    usedAt = now;
  }
}
