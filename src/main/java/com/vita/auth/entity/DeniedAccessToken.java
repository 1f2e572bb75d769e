package com.vita.auth.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A logged-out access token, by {@code jti}, until it would have expired anyway. */
@Entity
@Table(name = "denied_access_token")
@NamedQuery(
    name = DeniedAccessToken.PURGE_EXPIRED,
    query = "delete from DeniedAccessToken d where d.expiresAt < :now")
public class DeniedAccessToken {

  public static final String PURGE_EXPIRED = "DeniedAccessToken.purgeExpired";

  @Id
  @Column(name = "jti", length = 64)
  private String jti;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  protected DeniedAccessToken() {}

  public DeniedAccessToken(String jti, Instant expiresAt) {
    this.jti = jti;
    this.expiresAt = expiresAt;
  }
}
