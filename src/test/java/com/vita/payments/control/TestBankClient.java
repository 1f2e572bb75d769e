package com.vita.payments.control;

import com.vita.devstack.EmbeddedRedis;
import com.vita.payments.entity.BankTransfer;
import com.vita.platform.money.Money;
import com.vita.testing.FakeBank;
import com.vita.testing.TestClock;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import redis.clients.jedis.JedisPooled;

/**
 * What the bank client ITs share, without a server: a fresh local fake of the bank per test on a
 * clock the test moves, a real Redis per class, and VITA's client parts wired to them as CDI would
 * (one {@link #instance} per VITA instance), their metrics recorded for the test to read.
 */
abstract class TestBankClient {

  static final Currency USD = Currency.getInstance("USD");
  static final LocalDate DAY = LocalDate.of(2026, 12, 1);

  static EmbeddedRedis redis;
  static JedisPooled jedis;
  FakeBank fake;
  TestClock clock;
  final AtomicInteger held = new AtomicInteger();
  final List<String> calls = Collections.synchronizedList(new ArrayList<>());
  String limitKey;

  @BeforeAll
  static void startRedis() {
    redis = EmbeddedRedis.start(0);
    jedis = new JedisPooled(redis.host(), redis.port());
  }

  @AfterAll
  static void stopRedis() {
    jedis.close();
    redis.close();
  }

  @BeforeEach
  void startBank() throws Exception {
    fake = FakeBank.start();
    clock = new TestClock(Instant.parse("2026-12-01T12:00:00Z"));
    fake.clock(clock);
    jedis.del(BankTokens.REDIS_KEY);
    limitKey = "vita:test:bank-calls:" + UUID.randomUUID();
  }

  @AfterEach
  void stopBank() {
    fake.close();
  }

  final BankApiMetrics metrics =
      new BankApiMetrics() {
        @Override
        public void call(String endpoint, String status, long startNanos) {
          calls.add(endpoint + ":" + status);
        }

        @Override
        public void error(String type) {
          calls.add("error:" + type);
        }

        @Override
        public void rateLimitHeld() {
          held.incrementAndGet();
        }
      };

  BankHttp http() {
    return new BankHttp(
        new BankHttp.Settings(
            URI.create(fake.tokenUrl()),
            URI.create(fake.baseUrl() + FakeBank.TRANSACTIONS_PATH),
            FakeBank.CLIENT_ID,
            FakeBank.CLIENT_SECRET,
            Duration.ofSeconds(2),
            Duration.ofSeconds(3)),
        metrics);
  }

  BankTokens tokens(BankHttp http, boolean shared) {
    BankTokens tokens = new BankTokens();
    tokens.clock = clock;
    tokens.margin = Duration.ofSeconds(60);
    tokens.issuer = http::token;
    tokens.redis = shared ? jedis : null;
    return tokens;
  }

  BankRateLimit limit(int perMinute) {
    BankRateLimit limit = new BankRateLimit();
    limit.clock = clock;
    limit.perMinute = perMinute;
    limit.redis = jedis;
    limit.key = limitKey;
    limit.metrics = metrics;
    return limit;
  }

  /** One VITA instance's client: its own token cache and limiter, Redis shared with the others. */
  BanescoStatements instance(BankHttp http, int perMinute) {
    BanescoClient client = new BanescoClient();
    BankConnection connection =
        new BankConnection() {
          @Override
          public BankHttp http() {
            return http;
          }
        };
    client.connection = connection;
    client.tokens = tokens(http, true);
    client.limit = limit(perMinute);
    BanescoStatements statements = new BanescoStatements();
    statements.client = client;
    statements.maxWait = Duration.ofMinutes(2);
    statements.sleeper = clock::advance; // waiting moves the controlled clock, nothing sleeps
    return statements;
  }

  static BankTransfer.Declaration declared(String reference) {
    return new BankTransfer.Declaration("banesco", reference, Money.ofMinor(10_000, USD), DAY);
  }
}
