package com.vita.platform.ratelimit;

import java.time.Duration;
import redis.clients.jedis.exceptions.JedisConnectionException;

/** A store whose Redis is down: every call fails as Jedis fails. */
class UnavailableStore implements RateLimitStore {

  @Override
  public Window hit(String key, Duration window) {
    throw new JedisConnectionException("Connection refused");
  }

  @Override
  public Window hitExtending(String key, Duration window) {
    throw new JedisConnectionException("Connection refused");
  }

  @Override
  public Window current(String key) {
    throw new JedisConnectionException("Connection refused");
  }
}
