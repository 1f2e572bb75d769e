package com.vita.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.exceptions.JedisConnectionException;

class EmbeddedRedisIT {

  @Test
  void storesAndReturnsAValueUntilClosed() {
    EmbeddedRedis redis = EmbeddedRedis.start(0);
    try (redis;
        Jedis client = new Jedis(URI.create(redis.url()))) {
      assertEquals("redis://127.0.0.1:" + redis.port(), redis.url());
      client.set("greeting", "hola");
      assertEquals("hola", client.get("greeting"));
    }

    assertThrows(
        JedisConnectionException.class,
        () -> {
          try (Jedis client = new Jedis(URI.create(redis.url()))) {
            client.ping();
          }
        });
  }
}
