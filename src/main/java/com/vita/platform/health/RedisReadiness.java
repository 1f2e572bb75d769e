package com.vita.platform.health;

import com.vita.platform.cache.RedisConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import redis.clients.jedis.JedisPooled;

/** Ready when Redis answers PING; always up (mode in-process) when no Redis is configured. */
@Readiness
@ApplicationScoped
public class RedisReadiness implements HealthCheck {

  @Inject RedisConnection redis;

  @Override
  public HealthCheckResponse call() {
    if (redis.client().isEmpty()) {
      return HealthCheckResponse.named("redis").up().withData("mode", "in-process").build();
    }
    JedisPooled client = redis.client().get();
    try {
      boolean pong = "PONG".equals(client.ping());
      return HealthCheckResponse.named("redis").status(pong).withData("mode", "redis").build();
    } catch (RuntimeException e) {
      return HealthCheckResponse.named("redis")
          .down()
          .withData("mode", "redis")
          .withData("error", e.getClass().getSimpleName())
          .build();
    }
  }
}
