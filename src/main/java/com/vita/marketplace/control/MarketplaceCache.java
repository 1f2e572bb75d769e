package com.vita.marketplace.control;

import com.vita.platform.cache.RedisConnection;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import redis.clients.jedis.params.SetParams;

/**
 * Marketplace answers (their JSON) cached by normalised request under the current generation: the
 * sequence {@code marketplace_generation} that V60's triggers bump whenever the listing or the
 * featured slots change, read at most every {@link #GENERATION_CHECK_MILLIS}. A change is thus seen
 * within that time plus the commit, and old entries simply stop being asked for (and expire with
 * the TTL). Redis when configured, else a bounded in-process map; any Redis failure only costs the
 * cache (logged, answered from the database, Redis left alone for 5 s so that requests do not each
 * wait out its timeout).
 */
@ApplicationScoped
public class MarketplaceCache {

  static final long GENERATION_CHECK_MILLIS = 200;
  private static final int IN_PROCESS_ENTRIES = 2_000;
  private static final Logger LOG = Logger.getLogger(MarketplaceCache.class.getName());

  @Inject RedisConnection redis;

  @Resource(lookup = "jdbc/vita")
  DataSource dataSource;

  @Inject
  @ConfigProperty(name = "marketplace.cache.enabled", defaultValue = "true")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "marketplace.cache.ttl-seconds", defaultValue = "30")
  int ttlSeconds;

  private record Entry(String json, long expiresAtMillis) {}

  private final Map<String, Entry> local =
      new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
          return size() > IN_PROCESS_ENTRIES;
        }
      };

  static final long REDIS_BACKOFF_MILLIS = 5_000;

  private volatile long generation = -1;
  // after a Redis failure, requests skip the cache for a while instead of each waiting its timeout
  private volatile long redisDownUntilMillis;
  private volatile long checkedAtMillis;

  /** The cached JSON for the request, or what {@code compute} answers (then cached). */
  public String answer(String kind, String request, Supplier<String> compute) {
    if (!enabled) {
      return compute.get();
    }
    long current = generation();
    if (current < 0 || System.currentTimeMillis() < redisDownUntilMillis) {
      return compute.get();
    }
    String key = "vita:marketplace:" + kind + ":" + current + ":" + digest(request);
    Optional<String> cached = read(key);
    if (cached.isPresent()) {
      return cached.get();
    }
    String json = compute.get();
    write(key, json);
    return json;
  }

  /** The listing's generation, re-read at most every 200 ms; -1 when it cannot be read. */
  public long generation() {
    long now = System.currentTimeMillis();
    if (generation >= 0 && now - checkedAtMillis < GENERATION_CHECK_MILLIS) {
      return generation;
    }
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet row =
            statement.executeQuery(
                "select last_value + case when is_called then 1 else 0 end"
                    + " from marketplace_generation")) {
      row.next();
      generation = row.getLong(1);
      checkedAtMillis = now;
    } catch (SQLException e) {
      LOG.log(
          Level.WARNING, "Marketplace generation unreadable, cache bypassed: {0}", e.toString());
      generation = -1;
    }
    return generation;
  }

  private Optional<String> read(String key) {
    if (redis.client().isPresent()) {
      try {
        return Optional.ofNullable(redis.client().get().get(key));
      } catch (RuntimeException e) {
        redisFailed("read", e);
        return Optional.empty();
      }
    }
    synchronized (local) {
      Entry entry = local.get(key);
      if (entry == null || entry.expiresAtMillis() < System.currentTimeMillis()) {
        local.remove(key);
        return Optional.empty();
      }
      return Optional.of(entry.json());
    }
  }

  private void write(String key, String json) {
    if (redis.client().isPresent()) {
      try {
        redis.client().get().set(key, json, SetParams.setParams().ex(ttlSeconds));
      } catch (RuntimeException e) {
        redisFailed("write", e);
      }
      return;
    }
    synchronized (local) {
      local.put(key, new Entry(json, System.currentTimeMillis() + ttlSeconds * 1000L));
    }
  }

  private void redisFailed(String what, RuntimeException e) {
    redisDownUntilMillis = System.currentTimeMillis() + REDIS_BACKOFF_MILLIS;
    LOG.log(
        Level.WARNING,
        "Marketplace cache {0} failed, answering from the database for {1} ms: {2}",
        new Object[] {what, REDIS_BACKOFF_MILLIS, e.toString()});
  }

  private static String digest(String request) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(request.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
