package com.vita.payments.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vita.platform.money.Money;
import com.vita.platform.providers.ProviderRefused;
import com.vita.platform.providers.ProviderUnavailable;
import com.vita.testing.FakeBank;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The bank's client without a server: the real HTTP client against the local fake of the bank and a
 * real Redis, on a clock the test moves. The rate limit, shared through Redis, makes a third call
 * within a minute wait and never lets it out early, whichever instance makes it; the bank's answers
 * and failures are read in VITA's terms. The token is {@link BankTokensIT}. (Fault Tolerance needs
 * the server: {@code BankTransfersIT} shows the retries and the circuit.)
 */
class BankClientIT extends TestBankClient {

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
