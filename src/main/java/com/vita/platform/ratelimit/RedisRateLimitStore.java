package com.vita.platform.ratelimit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisNoScriptException;

/**
 * Counts in Redis, so every VITA instance sees the same count. One Lua script increments, opens the
 * window and reads what is left of it in one atomic step: two instances can never both see the
 * first hit, and a key can never be left without an expiry.
 */
final class RedisRateLimitStore implements RateLimitStore {

  static final String KEY_PREFIX = "vita:ratelimit:";

  // PEXPIRE also when the key has no expiry: heals a key that lost it (e.g. a PERSIST by hand).
  static final String SCRIPT =
      """
      local count = redis.call('INCR', KEYS[1])
      local ttl = redis.call('PTTL', KEYS[1])
      if count == 1 or ttl < 0 then
        redis.call('PEXPIRE', KEYS[1], ARGV[1])
        ttl = tonumber(ARGV[1])
      end
      return {count, ttl}
      """;

  // The window restarts at every hit (a failure backoff's count lasts until a quiet window).
  static final String EXTENDING_SCRIPT =
      """
      local count = redis.call('INCR', KEYS[1])
      redis.call('PEXPIRE', KEYS[1], ARGV[1])
      return {count, tonumber(ARGV[1])}
      """;

  private static final String SCRIPT_SHA = sha1(SCRIPT);
  private static final String EXTENDING_SCRIPT_SHA = sha1(EXTENDING_SCRIPT);

  private final UnifiedJedis client;

  RedisRateLimitStore(UnifiedJedis client) {
    this.client = client;
  }

  @Override
  public Window hit(String key, Duration window) {
    return run(SCRIPT, SCRIPT_SHA, key, window);
  }

  @Override
  public Window hitExtending(String key, Duration window) {
    return run(EXTENDING_SCRIPT, EXTENDING_SCRIPT_SHA, key, window);
  }

  private Window run(String script, String sha, String key, Duration window) {
    List<String> keys = List.of(KEY_PREFIX + key);
    List<String> args = List.of(Long.toString(window.toMillis()));
    Object reply;
    try {
      reply = client.evalsha(sha, keys, args);
    } catch (JedisNoScriptException notCached) {
      // A new, restarted or flushed Redis does not know the script yet; EVAL caches it.
      reply = client.eval(script, keys, args);
    }
    List<?> values = (List<?>) reply;
    return new Window((Long) values.get(0), (Long) values.get(1));
  }

  @Override
  public Window current(String key) {
    String count = client.get(KEY_PREFIX + key);
    if (count == null) {
      return Window.NONE;
    }
    long ttl = client.pttl(KEY_PREFIX + key);
    // Expired between the two reads (or never given an expiry): no open window.
    return ttl > 0 ? new Window(Long.parseLong(count), ttl) : Window.NONE;
  }

  private static String sha1(String script) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-1");
      return HexFormat.of().formatHex(digest.digest(script.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JVM has SHA-1", e);
    }
  }
}
