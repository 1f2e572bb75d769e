package com.vita.payments.control;

import com.vita.platform.cache.RedisConnection;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.SetParams;

/**
 * The bank's access token, fetched once and reused until {@code banesco.token-refresh-margin}
 * before it expires, then replaced: a call never goes out with a token about to lapse. Threads of
 * one instance asking at once wait for one fetch. With Redis the token is shared too, so each
 * instance does not fetch its own (two instances missing it at the same moment may both fetch:
 * harmless, both tokens are valid). A token the bank refuses early is forgotten ({@link #forget}).
 */
@ApplicationScoped
public class BankTokens {

  static final String REDIS_KEY = "vita:bank:token";

  @Inject BankConnection connection;
  @Inject RedisConnection redisConnection;

  @Inject
  @ConfigProperty(name = "banesco.token-refresh-margin", defaultValue = "PT60S")
  Duration margin;

  Clock clock = Clock.systemUTC();
  Supplier<BankHttp.IssuedToken> issuer;
  UnifiedJedis redis;

  private record Cached(String token, Instant usableUntil) {}

  private volatile Cached cached;

  @PostConstruct
  void init() {
    issuer = () -> connection.http().token();
    redis = redisConnection.client().orElse(null);
  }

  /** A token good for at least the refresh margin. */
  public String bearer() {
    Cached now = cached;
    if (usable(now)) {
      return now.token();
    }
    synchronized (this) {
      if (usable(cached)) {
        return cached.token();
      }
      Cached fresh = shared();
      if (!usable(fresh)) {
        fresh = fetch();
      }
      cached = fresh;
      return fresh.token();
    }
  }

  /** The bank refused this token: the next call fetches another. */
  public synchronized void forget(String token) {
    if (cached != null && cached.token().equals(token)) {
      cached = null;
    }
    if (redis != null) {
      String held = redis.get(REDIS_KEY);
      if (held != null && held.startsWith(token + "|")) {
        redis.del(REDIS_KEY);
      }
    }
  }

  private boolean usable(Cached c) {
    return c != null && clock.instant().isBefore(c.usableUntil());
  }

  private Cached fetch() {
    Instant asked = clock.instant();
    BankHttp.IssuedToken issued = issuer.get();
    // Counted from the request, not the answer: the bank's clock started before ours read it.
    // A token shorter-lived than twice the margin is kept for half its life, not refetched per
    // call.
    Duration early =
        margin.compareTo(issued.expiresIn().dividedBy(2)) > 0
            ? issued.expiresIn().dividedBy(2)
            : margin;
    Cached fresh = new Cached(issued.accessToken(), asked.plus(issued.expiresIn()).minus(early));
    long ttl = Duration.between(clock.instant(), fresh.usableUntil()).toMillis();
    if (redis != null && ttl > 0) {
      redis.set(
          REDIS_KEY,
          fresh.token() + "|" + fresh.usableUntil().toEpochMilli(),
          SetParams.setParams().px(ttl));
    }
    return fresh;
  }

  private Cached shared() {
    if (redis == null) {
      return null;
    }
    String value = redis.get(REDIS_KEY);
    if (value == null) {
      return null;
    }
    int bar = value.lastIndexOf('|');
    return new Cached(
        value.substring(0, bar), Instant.ofEpochMilli(Long.parseLong(value.substring(bar + 1))));
  }
}
