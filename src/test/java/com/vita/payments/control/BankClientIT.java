package com.vita.payments.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vita.devstack.EmbeddedRedis;
import com.vita.payments.entity.BankTransfer;
import com.vita.platform.money.Money;
import com.vita.platform.providers.ProviderRefused;
import com.vita.platform.providers.ProviderUnavailable;
import com.vita.testing.FakeBank;
import com.vita.testing.TestClock;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.JedisPooled;

/**
 * The bank's client without a server: the real HTTP client against the local fake of the bank and a
 * real Redis, on a clock the test moves. The token is fetched once and replaced before it expires;
 * the rate limit, shared through Redis, makes a third call within a minute wait and never lets it
 * out early, whichever instance makes it. (Fault Tolerance needs the server: {@code
 * BankTransfersIT} shows the retries and the circuit.)
 */
class BankClientIT {

  private static final Currency USD = Currency.getInstance("USD");
  private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

  private static EmbeddedRedis redis;
  private static JedisPooled jedis;
  private FakeBank fake;
  private TestClock clock;
  private final AtomicInteger held = new AtomicInteger();
  private final List<String> calls = Collections.synchronizedList(new ArrayList<>());
  private String limitKey;

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

  private final BankApiMetrics metrics =
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

  private BankHttp http() {
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

  private BankTokens tokens(BankHttp http, boolean shared) {
    BankTokens tokens = new BankTokens();
    tokens.clock = clock;
    tokens.margin = Duration.ofSeconds(60);
    tokens.issuer = http::token;
    tokens.redis = shared ? jedis : null;
    return tokens;
  }

  private BankRateLimit limit(int perMinute) {
    BankRateLimit limit = new BankRateLimit();
    limit.clock = clock;
    limit.perMinute = perMinute;
    limit.redis = jedis;
    limit.key = limitKey;
    limit.metrics = metrics;
    return limit;
  }

  /** One VITA instance's client: its own token cache and limiter, Redis shared with the others. */
  private BanescoStatements instance(BankHttp http, int perMinute) {
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

  private static BankTransfer.Declaration declared(String reference) {
    return new BankTransfer.Declaration("banesco", reference, Money.ofMinor(10_000, USD), DAY);
  }

  @Test
  void theTokenIsFetchedOnceAndReplacedBeforeItExpires() {
    fake.tokenLifetime(Duration.ofSeconds(300));
    BankTokens tokens = tokens(http(), false);

    String first = tokens.bearer();
    clock.advance(Duration.ofSeconds(200));
    assertEquals(first, tokens.bearer(), "still good for more than the 60 s margin");
    assertEquals(1, fake.tokensIssued());

    clock.advance(Duration.ofSeconds(41)); // 241 s: 59 s left, inside the margin
    String second = tokens.bearer();
    assertFalse(first.equals(second), "replaced before it expired");
    assertEquals(2, fake.tokensIssued());
    clock.advance(Duration.ofSeconds(100));
    assertEquals(second, tokens.bearer());
    assertEquals(2, fake.tokensIssued());
  }

  @Test
  void aTokenShorterLivedThanTwiceTheMarginIsKeptForHalfItsLife() {
    fake.tokenLifetime(Duration.ofSeconds(40));
    BankTokens tokens = tokens(http(), false);
    String first = tokens.bearer();
    clock.advance(Duration.ofSeconds(19));
    assertEquals(first, tokens.bearer());
    clock.advance(Duration.ofSeconds(1));
    assertFalse(first.equals(tokens.bearer()));
    assertEquals(2, fake.tokensIssued());
  }

  @Test
  void threadsAskingAtOnceWaitForOneFetch() throws Exception {
    BankTokens tokens = tokens(http(), false);
    ExecutorService pool = Executors.newFixedThreadPool(12);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<String>> answers = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      answers.add(
          pool.submit(
              () -> {
                start.await();
                return tokens.bearer();
              }));
    }
    start.countDown();
    Set<String> seen = new HashSet<>();
    for (Future<String> answer : answers) {
      seen.add(answer.get(10, TimeUnit.SECONDS));
    }
    pool.shutdown();
    assertEquals(1, seen.size());
    assertEquals(1, fake.tokensIssued());
  }

  @Test
  void instancesShareTheTokenThroughRedis() {
    BankHttp http = http();
    String first = tokens(http, true).bearer();
    String other = tokens(http, true).bearer();
    assertEquals(first, other);
    assertEquals(1, fake.tokensIssued());
  }

  @Test
  void aTokenTheBankRefusesIsForgottenAndReplaced() {
    fake.seed("REF-1", "100.00", "USD", DAY, "settled");
    BanescoStatements bank = instance(http(), 100);
    assertTrue(bank.find(declared("REF-1")).isPresent());
    fake.revokeTokens();
    // Refused (401) is worth another try with a new token: Fault Tolerance retries it on the
    // server; here the next call shows the refused token was dropped.
    assertThrows(BankHttp.TokenRejected.class, () -> bank.find(declared("REF-1")));
    assertTrue(bank.find(declared("REF-1")).isPresent());
    assertEquals(2, fake.tokensIssued());
  }

  @Test
  void aThirdCallWithinAMinuteWaitsAndIsNeverSentEarly() {
    fake.seed("REF-1", "100.00", "USD", DAY, "settled");
    BanescoStatements bank = instance(http(), 2);

    bank.find(declared("REF-1"));
    clock.advance(Duration.ofSeconds(10));
    bank.find(declared("REF-1"));
    clock.advance(Duration.ofSeconds(5));
    Optional<BankTransaction> third = bank.find(declared("REF-1"));

    assertTrue(third.isPresent());
    List<Instant> arrivals = fake.lookups();
    assertEquals(3, arrivals.size());
    assertTrue(
        !arrivals.get(2).isBefore(arrivals.get(0).plusSeconds(60)),
        "the third call left at " + arrivals + ", within a minute of the first");
    assertEquals(arrivals.get(0).plusSeconds(60), arrivals.get(2), "and not later than needed");
    assertEquals(1, held.get(), "bank_rate_limit_exceeded counted the call held back");
  }

  @Test
  void theLimitHoldsAcrossInstancesSharingRedis() {
    fake.seed("REF-1", "100.00", "USD", DAY, "settled");
    BankHttp http = http();
    BanescoStatements one = instance(http, 2);
    BanescoStatements two = instance(http, 2);
    one.find(declared("REF-1"));
    two.find(declared("REF-1"));
    two.find(declared("REF-1"));
    one.find(declared("REF-1"));
    List<Instant> arrivals = fake.lookups();
    assertEquals(4, arrivals.size());
    for (int i = 2; i < arrivals.size(); i++) {
      assertTrue(
          !arrivals.get(i).isBefore(arrivals.get(i - 2).plusSeconds(60)),
          "at most two calls in any minute: " + arrivals);
    }
  }

  @Test
  void withoutRedisTheLimitIsThisInstancesAndHoldsAsWell() {
    BankRateLimit limit = limit(2);
    limit.redis = null;
    assertTrue(limit.tryAcquire().isEmpty());
    clock.advance(Duration.ofSeconds(30));
    assertTrue(limit.tryAcquire().isEmpty());
    assertEquals(Optional.of(Duration.ofSeconds(30)), limit.tryAcquire());
    clock.advance(Duration.ofSeconds(30));
    assertTrue(limit.tryAcquire().isEmpty(), "the first call left the window");
    assertEquals(1, held.get());
  }

  @Test
  void withoutWaitingTheCallIsDeferredAndNotSent() {
    fake.seed("REF-1", "100.00", "USD", DAY, "settled");
    BanescoStatements bank = instance(http(), 1);
    bank.maxWait = Duration.ZERO;
    bank.find(declared("REF-1"));
    BankRateLimited deferred =
        assertThrows(BankRateLimited.class, () -> bank.find(declared("REF-1")));
    assertEquals(Duration.ofSeconds(60), deferred.retryAfter());
    assertEquals(1, fake.lookups().size(), "nothing sent early");
  }

  @Test
  void theLookupReadsTheBanksAnswerInVitasTerms() {
    fake.seed("REF-7", "90.00", "USD", DAY, "settled");
    BanescoStatements bank = instance(http(), 100);
    BankTransaction found = bank.find(declared("REF-7")).orElseThrow();
    assertEquals(Money.ofMinor(9_000, USD), found.amount());
    assertEquals(DAY, found.date());
    assertEquals(FakeBank.ACCOUNT, found.creditAccount());
    assertTrue(bank.find(declared("NOPE-1")).isEmpty(), "404: not (yet) at the bank");
    assertTrue(calls.contains("transaction:200"), calls.toString());
    assertTrue(calls.contains("transaction:404"), calls.toString());
    assertTrue(calls.contains("token:200"), calls.toString());
  }

  @Test
  void failuresAreTranslatedForFaultTolerance() {
    BanescoStatements bank = instance(http(), 100);
    fake.failNext(1, 500);
    assertThrows(ProviderUnavailable.class, () -> bank.find(declared("REF-1")));
    assertTrue(calls.contains("error:server_error"), calls.toString());

    BankHttp wrongSecret =
        new BankHttp(
            new BankHttp.Settings(
                URI.create(fake.tokenUrl()),
                URI.create(fake.baseUrl() + FakeBank.TRANSACTIONS_PATH),
                FakeBank.CLIENT_ID,
                "not-the-secret",
                Duration.ofSeconds(2),
                Duration.ofSeconds(3)),
            metrics);
    ProviderRefused refused = assertThrows(ProviderRefused.class, wrongSecret::token);
    assertEquals(401, refused.status());
    assertTrue(refused.getMessage().contains("invalid_client"), refused.getMessage());
  }
}
