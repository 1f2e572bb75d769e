package com.vita.payments.control;

import com.vita.platform.cache.RedisConnection;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import redis.clients.jedis.UnifiedJedis;

/**
 * The bank's limit, {@code banesco.rate-limit-per-minute} calls in any rolling minute, shared by
 * every VITA instance through Redis: a sorted set holds the instant of each call of the last
 * minute, and one Lua script drops the older ones, counts, and either records the new call or
 * answers how long until the oldest leaves the window. So a call is never sent early, whichever
 * instance makes it. Without Redis the log is this instance's (the local fallback, per instance).
 *
 * <p>Instants come from the instances' clocks ({@code Clock}, controlled in tests), so instances
 * must keep their clocks in sync (NTP) as they do for token expiry.
 */
@ApplicationScoped
public class BankRateLimit {

  static final String REDIS_KEY = "vita:bank:calls";
  static final Duration WINDOW = Duration.ofMinutes(1);

  static final String SCRIPT =
      """
      redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', tonumber(ARGV[1]) - tonumber(ARGV[2]))
      if redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[3]) then
        redis.call('ZADD', KEYS[1], ARGV[1], ARGV[4])
        redis.call('PEXPIRE', KEYS[1], ARGV[2])
        return 0
      end
      local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
      return tonumber(oldest[2]) + tonumber(ARGV[2]) - tonumber(ARGV[1])
      """;

  @Inject RedisConnection redisConnection;
  @Inject BankApiMetrics metrics;

  @Inject
  @ConfigProperty(name = "banesco.rate-limit-per-minute", defaultValue = "2")
  int perMinute;

  Clock clock = Clock.systemUTC();
  UnifiedJedis redis;
  String key = REDIS_KEY;

  private final Deque<Instant> local = new ArrayDeque<>();

  @PostConstruct
  void init() {
    if (perMinute < 1) {
      throw new IllegalStateException("banesco.rate-limit-per-minute must be at least 1");
    }
    redis = redisConnection.client().orElse(null);
  }

  /**
   * Takes a slot for one call now, or says how long until one frees up (counted in {@code
   * bank_rate_limit_exceeded_total}); nothing is taken then.
   */
  public Optional<Duration> tryAcquire() {
    Instant now = clock.instant();
    long wait = redis != null ? shared(now) : inProcess(now);
    if (wait <= 0) {
      return Optional.empty();
    }
    metrics.rateLimitHeld();
    return Optional.of(Duration.ofMillis(wait));
  }

  private long shared(Instant now) {
    Object answer =
        redis.eval(
            SCRIPT,
            List.of(key),
            List.of(
                Long.toString(now.toEpochMilli()),
                Long.toString(WINDOW.toMillis()),
                Integer.toString(perMinute),
                now.toEpochMilli() + ":" + UUID.randomUUID()));
    return ((Number) answer).longValue();
  }

  private synchronized long inProcess(Instant now) {
    Instant windowStart = now.minus(WINDOW);
    while (!local.isEmpty() && !local.peekFirst().isAfter(windowStart)) {
      local.removeFirst();
    }
    if (local.size() < perMinute) {
      local.addLast(now);
      return 0;
    }
    return Duration.between(now, local.peekFirst().plus(WINDOW)).toMillis();
  }
}
