package com.vita.auth.entity;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.UUID;

/**
 * A secret that works once and until it expires, sent by e-mail (password reset, e-mail
 * verification). Only the newest one an account was sent may work: {@code
 * auth.control.OneTimeSecrets} ends the earlier ones when it issues or redeems one.
 */
@MappedSuperclass
public abstract class OneTimeSecret extends IssuedSecret {

  @Column(name = "used_at")
  private Instant usedAt;

  protected OneTimeSecret() {}

  protected OneTimeSecret(UUID accountId, String tokenHash, Instant now, Instant expiresAt) {
    super(accountId, tokenHash, now, expiresAt);
  }

  /** Unused and unexpired: it may be redeemed once. */
  public boolean isUsable(Instant now) {
    return usedAt == null && !isExpired(now);
  }

  public void use(Instant now) {
    usedAt = now;
  }
}
