package com.vita.marketplace.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vita.platform.cache.RedisConnection;
import java.lang.reflect.Proxy;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.JedisPooled;

/**
 * The cache only ever costs or saves a database query: off, it always computes; without a readable
 * generation it computes; without Redis it keeps answers in process until the generation moves; a
 * Redis that fails is left alone for a while and every answer comes from the database meanwhile.
 */
class MarketplaceCacheTest {

  private final AtomicInteger computed = new AtomicInteger();

  private String compute() {
    return "{\"n\":" + computed.incrementAndGet() + "}";
  }

  private static MarketplaceCache cache(boolean enabled, DataSource data, JedisPooled jedis) {
    MarketplaceCache cache = new MarketplaceCache();
    cache.enabled = enabled;
    cache.ttlSeconds = 30;
    cache.dataSource = data;
    cache.redis =
        new RedisConnection() {
          @Override
          public Optional<JedisPooled> client() {
            return Optional.ofNullable(jedis);
          }
        };
    return cache;
  }

  @Test
  void offItAlwaysComputes() {
    MarketplaceCache cache = cache(false, generation(7), null);
    cache.answer("search", "q=zapato", this::compute);
    cache.answer("search", "q=zapato", this::compute);
    assertEquals(2, computed.get());
  }

  @Test
  void withoutRedisAnswersAreKeptInProcessUntilTheGenerationMoves() {
    AtomicInteger generation = new AtomicInteger(7);
    MarketplaceCache cache = cache(true, generation(generation), null);
    assertEquals("{\"n\":1}", cache.answer("search", "q=zapato", this::compute));
    assertEquals("{\"n\":1}", cache.answer("search", "q=zapato", this::compute));
    assertEquals("{\"n\":2}", cache.answer("search", "q=cafe", this::compute));
    assertEquals(2, computed.get());
  }

  @Test
  void anUnreadableGenerationBypassesTheCache() {
    DataSource down =
        (DataSource)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                  throw new SQLException("connection refused", "08001");
                });
    MarketplaceCache cache = cache(true, down, null);
    cache.answer("search", "q=zapato", this::compute);
    cache.answer("search", "q=zapato", this::compute);
    assertEquals(2, computed.get());
  }

  @Test
  void aFailingRedisOnlyCostsTheCache() throws Exception {
    int closed;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closed = socket.getLocalPort();
    }
    try (JedisPooled unreachable = new JedisPooled("127.0.0.1", closed)) {
      MarketplaceCache cache = cache(true, generation(7), unreachable);
      assertEquals("{\"n\":1}", cache.answer("search", "q=zapato", this::compute));
      // Redis is now left alone: the next answers come straight from the database
      assertEquals("{\"n\":2}", cache.answer("search", "q=zapato", this::compute));
    }
  }

  private static DataSource generation(long value) {
    return generation(new AtomicInteger((int) value));
  }

  /** A data source whose only query answers the generation's current value. */
  private static DataSource generation(AtomicInteger value) {
    ResultSet row =
        proxy(
            ResultSet.class,
            (method, args) ->
                switch (method) {
                  case "next" -> true;
                  case "getLong" -> (long) value.get();
                  default -> null;
                });
    Statement statement =
        proxy(Statement.class, (method, args) -> "executeQuery".equals(method) ? row : null);
    Connection connection =
        proxy(
            Connection.class,
            (method, args) -> "createStatement".equals(method) ? statement : null);
    return proxy(
        DataSource.class, (method, args) -> "getConnection".equals(method) ? connection : null);
  }

  private interface Answer {
    Object of(String method, Object[] args);
  }

  @SuppressWarnings("unchecked")
  private static <T> T proxy(Class<T> type, Answer answer) {
    return (T)
        Proxy.newProxyInstance(
            MarketplaceCacheTest.class.getClassLoader(),
            new Class<?>[] {type},
            (proxy, method, args) -> answer.of(method.getName(), args));
  }
}
