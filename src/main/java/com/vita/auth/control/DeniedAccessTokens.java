package com.vita.auth.control;

import com.vita.platform.cache.RedisConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import redis.clients.jedis.params.SetParams;

/**
 * Access tokens revoked before they expire (logout), by {@code jti}. Kept in Redis when it is
 * configured, so every instance refuses the token, else in this process. An entry lives only until
 * the token would have expired anyway.
 */
@ApplicationScoped
public class DeniedAccessTokens {

  private static final String PREFIX = "vita:jwt:denied:";

  @Inject RedisConnection redis;

  private final Map<String, Instant> local = new ConcurrentHashMap<>();

  public void deny(String jti, Instant expiresAt, Instant now) {
    long seconds = Math.max(1, Duration.between(now, expiresAt).toSeconds() + 1);
    if (redis.client().isPresent()) {
      redis.client().get().set(PREFIX + jti, "1", SetParams.setParams().ex(seconds));
    } else {
      local.put(jti, expiresAt);
      local.values().removeIf(expiry -> expiry.isBefore(now));
    }
  }

  public boolean isDenied(String jti) {
    if (jti == null) {
      return false;
    }
    if (redis.client().isPresent()) {
      return redis.client().get().exists(PREFIX + jti);
    }
    return local.containsKey(jti);
  }
}
