package com.vita.platform.cache;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisPooled;

/**
 * A pooled Redis client built from {@code REDIS_URL} ({@code
 * redis://[user:password@]host:port[/db]} or {@code rediss://} for TLS), or none when it is not
 * set.
 */
@ApplicationScoped
public class RedisConnection {

  @Inject
  @ConfigProperty(name = "redis.url")
  Optional<String> url;

  @Inject
  @ConfigProperty(name = "redis.timeout-ms", defaultValue = "2000")
  int timeoutMillis;

  private JedisPooled client;

  @PostConstruct
  void connect() {
    url.filter(u -> !u.isBlank()).map(URI::create).ifPresent(uri -> client = clientFor(uri));
  }

  @PreDestroy
  void close() {
    if (client != null) {
      client.close();
    }
  }

  /** The shared client, or empty when VITA runs without Redis. */
  public Optional<JedisPooled> client() {
    return Optional.ofNullable(client);
  }

  private JedisPooled clientFor(URI uri) {
    DefaultJedisClientConfig.Builder config =
        DefaultJedisClientConfig.builder()
            .connectionTimeoutMillis(timeoutMillis)
            .socketTimeoutMillis(timeoutMillis)
            .ssl("rediss".equals(uri.getScheme()));
    String userInfo = uri.getUserInfo();
    if (userInfo != null) {
      int colon = userInfo.indexOf(':');
      if (colon < 0) {
        config.password(userInfo);
      } else {
        if (colon > 0) {
          config.user(userInfo.substring(0, colon));
        }
        config.password(userInfo.substring(colon + 1));
      }
    }
    String path = uri.getPath();
    if (path != null && path.length() > 1) {
      config.database(Integer.parseInt(path.substring(1)));
    }
    int port = uri.getPort() > 0 ? uri.getPort() : 6379;
    return new JedisPooled(new HostAndPort(uri.getHost(), port), config.build());
  }
}
