package com.vita.auth.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A one-time proof that the account's owner reads its e-mail; only its hash is stored. */
@Entity
@Table(name = "email_verification_token")
public class EmailVerificationToken extends OneTimeSecret {

  protected EmailVerificationToken() {}

  private EmailVerificationToken(UUID accountId, String tokenHash, Instant now, Instant expiresAt) {
    super(accountId, tokenHash, now, expiresAt);
  }

  public static EmailVerificationToken issue(
      UUID accountId, String tokenHash, Instant now, Instant expiresAt) {
    return new EmailVerificationToken(accountId, tokenHash, now, expiresAt);
  }
}
