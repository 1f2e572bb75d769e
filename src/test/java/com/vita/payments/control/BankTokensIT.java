package com.vita.payments.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The bank's OAuth 2.0 token, without a server (see {@link TestBankClient}): fetched once, also by
 * threads asking at once, shared by instances through Redis, replaced before it expires and when
 * the bank refuses it.
 */
class BankTokensIT extends TestBankClient {

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
}
