package com.vita.auth.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A one-time permission to set a new password, sent by e-mail; only its hash is stored. */
@Entity
@Table(name = "password_reset_token")
public class PasswordResetToken extends OneTimeSecret {

  protected PasswordResetToken() {}

  private PasswordResetToken(UUID accountId, String tokenHash, Instant now, Instant expiresAt) {
    super(accountId, tokenHash, now, expiresAt);
  }

  public static PasswordResetToken issue(
      UUID accountId, String tokenHash, Instant now, Instant expiresAt) {
    return new PasswordResetToken(accountId, tokenHash, now, expiresAt);
  }
}
