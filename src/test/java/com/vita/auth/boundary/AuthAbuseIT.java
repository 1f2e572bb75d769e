package com.vita.auth.boundary;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vita.devstack.EmbeddedRedis;
import com.vita.devstack.LocalSettings;
import com.vita.devstack.PayaraMicroServer;
import com.vita.testing.Closing;
import com.vita.testing.OwnServer;
import com.vita.testing.TestAccounts;
import com.vita.testing.TestDatabase;
import com.vita.testing.TestMailbox;
import com.vita.testing.VitaTestServer;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What an anonymous attacker can do to the auth endpoints, on a server of this class's own: a tiny
 * bound on concurrent bcrypt hashes (one at a time, four waiting, 250 ms), the production failure
 * limits on a Redis of its own (so counts never carry over between runs), and 127.0.0.1 trusted as
 * a proxy, so each request comes from the address the test writes into {@code X-Forwarded-For}.
 * bench/registration-burst.sh runs the full 200-registration burst on the production settings.
 */
class AuthAbuseIT {

  private static final String REGISTER = "/api/v1/auth/register";
  private static final String LOGIN = "/api/v1/auth/login";
  private static final String WRONG = "Wrong-pa55word";

  private static EmbeddedRedis redis;
  private static PayaraMicroServer server;
  private static RequestSpecification api;

  @BeforeAll
  static void start() throws Exception {
    redis = EmbeddedRedis.start(0);
    server =
        OwnServer.start(
            "auth-abuse",
            Map.ofEntries(
                Map.entry("REDIS_URL", redis.url()),
                Map.entry("RATELIMIT_TRUSTED_PROXIES", "127.0.0.1"),
                Map.entry("RATELIMIT_SENSITIVE_LIMIT", "5"),
                Map.entry("RATELIMIT_SENSITIVE_ADDRESS_LIMIT", "20"),
                Map.entry("RATELIMIT_SENSITIVE_BACKOFF_AFTER", "10"),
                Map.entry("AUTH_PASSWORD_RESET_MAX_MAILS", "3"),
                Map.entry("AUTH_HASH_CONCURRENCY", "1"),
                Map.entry("AUTH_HASH_QUEUE", "4"),
                Map.entry("AUTH_HASH_WAIT_MS", "250"),
                Map.entry("MAIL_SMTP_HOST", "127.0.0.1"),
                Map.entry(
                    "MAIL_SMTP_PORT",
                    Integer.toString(VitaTestServer.mailbox().getSmtp().getPort())),
                Map.entry("MAIL_SMTP_STARTTLS", "false")));
    api = OwnServer.api(server);
  }

  @AfterAll
  static void stop() throws Exception {
    Closing.all(server, redis);
  }

  @Test
  void aRegistrationBurstGets201Or503WithRetryAfterWhileAnotherUsersReadsStayFast()
      throws Exception {
    String reader = TestAccounts.register(from(freshAddress())).token();
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1) // no h2c upgrade: it queues requests behind it
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    // A client of its own: one HttpClient serves all its connections from one selector thread.
    HttpClient readerHttp = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    for (int warmUp = 0; warmUp < 3; warmUp++) { // the first read of a fresh server is slow
      assertEquals(200, send(readerHttp, get("/api/v1/kyb/businesses", reader)).statusCode());
    }
    AtomicBoolean bursting = new AtomicBoolean(true);
    List<Long> readMillis = Collections.synchronizedList(new ArrayList<>());
    List<Integer> readStatuses = Collections.synchronizedList(new ArrayList<>());
    CompletableFuture<Void> reads =
        CompletableFuture.runAsync(
            () -> {
              // Reads while the burst is served, and two more after its last answer.
              for (int after = 0; after < 2; after += bursting.get() ? 0 : 1) {
                long started = System.nanoTime();
                readStatuses.add(
                    send(readerHttp, get("/api/v1/kyb/businesses", reader)).statusCode());
                readMillis.add((System.nanoTime() - started) / 1_000_000);
                pause(20);
              }
            });

    List<String> emails = new ArrayList<>();
    List<CompletableFuture<HttpResponse<String>>> burst = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      String email = TestAccounts.freshEmail();
      emails.add(email);
      burst.add(http.sendAsync(registration(email), HttpResponse.BodyHandlers.ofString()));
    }
    List<HttpResponse<String>> answers = new ArrayList<>();
    for (CompletableFuture<HttpResponse<String>> answer : burst) {
      answers.add(answer.get());
    }
    bursting.set(false);
    reads.get(30, TimeUnit.SECONDS);

    long created = answers.stream().filter(a -> a.statusCode() == 201).count();
    long busy = answers.stream().filter(a -> a.statusCode() == 503).count();
    String statuses = answers.stream().map(HttpResponse::statusCode).toList().toString();
    assertEquals(40, created + busy, statuses);
    assertTrue(created >= 1 && busy >= 1, statuses);
    for (HttpResponse<String> refused : answers) {
      if (refused.statusCode() == 503) {
        assertEquals("1", refused.headers().firstValue("Retry-After").orElse(null));
        assertTrue(
            refused
                .headers()
                .firstValue("Content-Type")
                .orElse("")
                .startsWith("application/problem+json"));
        assertTrue(refused.body().contains("service-unavailable"), refused.body());
      }
    }
    // A refused registration wrote nothing: exactly the 201s have accounts.
    String in = String.join(",", Collections.nCopies(emails.size(), "?"));
    assertEquals(
        created,
        ((Number)
                TestDatabase.rows(
                        "select count(*) as n from account where email in (" + in + ")",
                        emails.toArray())
                    .get(0)
                    .get("n"))
            .longValue());

    assertTrue(readMillis.size() >= 3, "the reader read during the burst: " + readMillis);
    assertEquals(List.of(200), readStatuses.stream().distinct().toList(), readStatuses.toString());
    List<Long> sorted = readMillis.stream().sorted().toList();
    long p95 = sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1);
    assertTrue(p95 < 1000, "reader p95 " + p95 + " ms of " + sorted);

    // The bound passes: the next registration is served.
    TestAccounts.register(from(freshAddress()));
  }

  @Test
  void aRequestThatCannotGetAConnectionIsA503WithRetryAfterNeverA500() throws Exception {
    TestAccounts.Registered user = TestAccounts.register(from(freshAddress()));
    int pool = Integer.parseInt(LocalSettings.get("DB_POOL_MAX", "10"));
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    List<CompletableFuture<HttpResponse<String>>> blocked = new ArrayList<>();
    try (Connection holder = TestDatabase.connect()) {
      holder.setAutoCommit(false);
      try (PreparedStatement lock =
          holder.prepareStatement(
              "select id from refresh_token where account_id = ?::uuid for update")) {
        lock.setString(1, user.userId());
        lock.executeQuery().close();
      }
      // Each refresh waits for the row lock the test holds, with a pooled connection: the pool
      // is soon empty, and an unrelated read must wait for one.
      for (int i = 0; i < pool + 2; i++) {
        blocked.add(
            http.sendAsync(
                post("/api/v1/auth/refresh", "{\"refreshToken\":\"" + user.refreshToken() + "\"}"),
                HttpResponse.BodyHandlers.ofString()));
      }
      awaitWaitingForTheLock(pool);
      HttpResponse<String> read = send(http, get("/api/v1/auth/profile", user.token()));
      assertEquals(503, read.statusCode(), read.body());
      assertTrue(read.headers().firstValue("Retry-After").isPresent());
      assertTrue(read.body().contains("service-unavailable"), read.body());
      holder.rollback();
    }
    for (CompletableFuture<HttpResponse<String>> refresh : blocked) {
      int status = refresh.get().statusCode();
      assertTrue(status == 200 || status == 401 || status == 503, "refresh answered " + status);
    }
  }

  @Test
  void fiveWrongPasswordsFromOneAddressDoNotLockTheOwnerOutElsewhere() {
    TestAccounts.Registered alice = TestAccounts.register(from(freshAddress()));
    String attacker = freshAddress();
    for (int failure = 1; failure <= 5; failure++) {
      login(attacker, alice.email(), WRONG).then().statusCode(401);
    }
    Response refused = login(attacker, alice.email(), TestAccounts.PASSWORD);
    refused
        .then()
        .statusCode(429)
        .contentType(startsWith("application/problem+json"))
        .body("type", equalTo("https://vita.dev/problems/too-many-requests"));
    long retryAfter = Long.parseLong(refused.header("Retry-After"));
    assertTrue(retryAfter > 0 && retryAfter <= 900, retryAfter + " s");

    login(freshAddress(), alice.email(), TestAccounts.PASSWORD).then().statusCode(200);
  }

  @Test
  void stuffingFromManyAddressesIsSlowedByADoublingBackoffButNeverLocked() throws Exception {
    TestAccounts.Registered bob = TestAccounts.register(from(freshAddress()));
    for (int failure = 1; failure <= 10; failure++) {
      login(freshAddress(), bob.email(), WRONG).then().statusCode(401);
    }
    // Ten failures from ten addresses: the next attempt, from anywhere, waits 2 s.
    Response slowed = login(freshAddress(), bob.email(), TestAccounts.PASSWORD);
    slowed
        .then()
        .statusCode(429)
        .contentType(startsWith("application/problem+json"))
        .body("type", equalTo("https://vita.dev/problems/too-many-requests"));
    long first = Long.parseLong(slowed.header("Retry-After"));
    assertTrue(first >= 1 && first <= 2, first + " s");

    Thread.sleep(first * 1000);
    login(freshAddress(), bob.email(), WRONG).then().statusCode(401);
    long second = Long.parseLong(login(freshAddress(), bob.email(), WRONG).header("Retry-After"));
    assertTrue(second >= 3 && second <= 4, "the eleventh failure doubles the wait: " + second);

    Thread.sleep(second * 1000);
    login(freshAddress(), bob.email(), TestAccounts.PASSWORD).then().statusCode(200);
  }

  @Test
  void forgotPasswordIsLimitedPerAddressAndMailsStopSilentlyAtTheCap() throws Exception {
    TestAccounts.Registered carol = TestAccounts.register(from(freshAddress()));
    String stranger = freshAddress();
    for (int request = 1; request <= 5; request++) {
      forgot(stranger, carol.email()).then().statusCode(202);
    }
    forgot(stranger, carol.email()).then().statusCode(429).header("Retry-After", notNullValue());
    forgot(freshAddress(), carol.email()).then().statusCode(202); // not locked for everyone

    // Six accepted requests, three mails: the rest were answered the same and sent nothing.
    // (Registration mailed a verification link first: only reset mails count.)
    assertEquals(
        3, TestMailbox.awaitCount(carol.email(), AuthAbuseIT::isReset, 4, Duration.ofSeconds(5)));
    // ... and did not end the newest link: of the three mailed, exactly one (the newest) works.
    List<Integer> resets = new ArrayList<>();
    for (var mail : TestMailbox.mailsTo(carol.email(), AuthAbuseIT::isReset)) {
      resets.add(
          given(from(freshAddress()))
              .contentType("application/json")
              .body(
                  Map.of("token", tokenIn(TestMailbox.textOf(mail)), "password", "Brand-new-pa55"))
              .post("/api/v1/auth/reset-password")
              .statusCode());
    }
    assertEquals(1, resets.stream().filter(status -> status == 204).count(), resets.toString());
  }

  /** Until the pool's connections all wait for the refresh token's row lock (at most 30 s). */
  private static void awaitWaitingForTheLock(int pool) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline) {
      Number waiting =
          (Number)
              TestDatabase.rows(
                      "select count(*) as n from pg_stat_activity where wait_event_type = 'Lock'"
                          + " and query like '%refresh_token%'")
                  .get(0)
                  .get("n");
      if (waiting.intValue() >= pool) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the refreshes never took the whole pool");
  }

  private static String freshAddress() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    // 100.64.0.0/10 (shared address space), at random: no two tests or runs share a client.
    return "100."
        + (64 + random.nextInt(64))
        + "."
        + random.nextInt(256)
        + "."
        + random.nextInt(256);
  }

  private static RequestSpecification from(String address) {
    return given(api).header("X-Forwarded-For", address);
  }

  private static Response login(String address, String email, String password) {
    return given(from(address))
        .contentType("application/json")
        .body(Map.of("email", email, "password", password))
        .post(LOGIN);
  }

  private static Response forgot(String address, String email) {
    return given(from(address))
        .contentType("application/json")
        .body(Map.of("email", email))
        .post("/api/v1/auth/forgot-password");
  }

  private static HttpRequest registration(String email) {
    return post(
        REGISTER,
        "{\"email\":\""
            + email
            + "\",\"password\":\""
            + TestAccounts.PASSWORD
            + "\",\"name\":\"Burst\"}");
  }

  private static HttpRequest post(String path, String json) {
    return HttpRequest.newBuilder(URI.create(server.baseUri() + path))
        .header("Content-Type", "application/json")
        .header("X-Forwarded-For", freshAddress())
        .timeout(Duration.ofSeconds(60))
        .POST(HttpRequest.BodyPublishers.ofString(json))
        .build();
  }

  private static HttpRequest get(String path, String token) {
    return HttpRequest.newBuilder(URI.create(server.baseUri() + path))
        .header("Authorization", "Bearer " + token)
        .timeout(Duration.ofSeconds(60))
        .GET()
        .build();
  }

  private static HttpResponse<String> send(HttpClient http, HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String tokenIn(String text) {
    Matcher code = Pattern.compile("Código: (\\S+)").matcher(text);
    assertTrue(code.find(), text);
    return code.group(1);
  }

  private static boolean isReset(jakarta.mail.internet.MimeMessage mail) throws Exception {
    return "Restablece tu contraseña de VITA".equals(mail.getSubject());
  }
}
