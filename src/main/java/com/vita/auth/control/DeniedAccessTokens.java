package com.vita.auth.control;

import com.vita.auth.entity.DeniedAccessToken;
import com.vita.platform.cache.RedisConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import redis.clients.jedis.params.SetParams;

/**
 * Access tokens revoked before they expire (logout), by {@code jti}. Kept in Redis when it is
 * configured, else in the database: either way every instance refuses the token and a restart does
 * not bring it back. An entry lives only until the token would have expired anyway.
 */
@ApplicationScoped
public class DeniedAccessTokens {

  private static final String PREFIX = "vita:jwt:denied:";

  @Inject RedisConnection redis;

  @PersistenceContext(unitName = "vita")
  EntityManager entityManager;

  @Transactional
  public void deny(String jti, Instant expiresAt, Instant now) {
    long seconds = Math.max(1, Duration.between(now, expiresAt).toSeconds() + 1);
    if (redis.client().isPresent()) {
      redis.client().get().set(PREFIX + jti, "1", SetParams.setParams().ex(seconds));
    } else {
      entityManager
          .createNamedQuery(DeniedAccessToken.PURGE_EXPIRED)
          .setParameter("now", now)
          .executeUpdate();
      if (entityManager.find(DeniedAccessToken.class, jti) == null) {
        entityManager.persist(new DeniedAccessToken(jti, expiresAt));
      }
    }
  }

  public boolean isDenied(String jti) {
    if (jti == null) {
      return false;
    }
    if (redis.client().isPresent()) {
      return redis.client().get().exists(PREFIX + jti);
    }
    return entityManager.find(DeniedAccessToken.class, jti) != null;
  }
}
