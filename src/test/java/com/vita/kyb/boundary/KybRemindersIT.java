package com.vita.kyb.boundary;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vita.devstack.PayaraMicroServer;
import com.vita.kyb.control.KybReminders;
import com.vita.testing.Closing;
import com.vita.testing.OwnServer;
import com.vita.testing.TestAccounts;
import com.vita.testing.TestDatabase;
import com.vita.testing.TestMailbox;
import com.vita.testing.TestTokens;
import com.vita.testing.VitaTestServer;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The KYB reminder timer's work on two VITA instances of this class's own (the probe WAR, whose
 * {@code /probe/kyb-reminders?at=} runs the reminders at an instant the test chooses), sharing the
 * shared server's database and mailbox. Their hourly schedule is off, so only the test's runs send.
 * Cases are set up through the shared server's API; other tests' cases may be reminded too, so
 * every assertion is about this test's own cases and addresses.
 */
class KybRemindersIT {

  private static final String REMINDER_SUBJECT = "Recordatorio: completa la verificación de ";

  private static PayaraMicroServer instanceA;
  private static PayaraMicroServer instanceB;

  private final String admin = TestTokens.forRoles("buyer", "admin");

  @BeforeAll
  static void startTwoInstances() throws Exception {
    Map<String, String> environment =
        Map.of(
            "MAIL_SMTP_HOST", "127.0.0.1",
            "MAIL_SMTP_PORT", Integer.toString(VitaTestServer.mailbox().getSmtp().getPort()),
            "MAIL_SMTP_STARTTLS", "false",
            "KYB_REMINDERS_ENABLED", "false");
    List<PayaraMicroServer> started =
        OwnServer.startSideBySide(
            List.of(
                () -> OwnServer.startWithProbes("reminders-a", environment),
                () -> OwnServer.startWithProbes("reminders-b", environment)));
    instanceA = started.get(0);
    instanceB = started.get(1);
  }

  @AfterAll
  static void stopInstances() throws Exception {
    Closing.all(instanceA, instanceB);
  }

  @Test
  void waitingCasesAreRemindedOncePerPeriodWhicheverInstanceRuns() throws Exception {
    String firstAdmin = ensureFirstAdminExists();
    TestAccounts.Registered drafter = TestAccounts.register();
    TestAccounts.Registered asked = TestAccounts.register();
    TestAccounts.Registered waiting = TestAccounts.register();
    String draftName = "Borrador " + UUID.randomUUID();
    String askedName = "Pedido " + UUID.randomUUID();
    String waitingName = "Esperando " + UUID.randomUUID();

    String draft = TestBusinesses.apply(drafter.token(), draftName, false);
    assertEquals("draft", status(drafter.token(), draft));
    String moreInfo = TestBusinesses.apply(asked.token(), askedName, true);
    KybIT.review(admin, moreInfo, "start_review", null).then().statusCode(200);
    KybIT.review(admin, moreInfo, "request_more_info", "Falta el poder").then().statusCode(200);
    String inReview = TestBusinesses.apply(waiting.token(), waitingName, true);
    KybIT.review(admin, inReview, "start_review", null).then().statusCode(200);
    Instant t0 = Instant.now();

    // One day on: nobody has waited long enough (owners 3 days, admins 2).
    assertTrue(run(instanceA, t0.plus(Duration.ofDays(1))).getBoolean("ran"));
    assertEquals(0, reminders(draft) + reminders(moreInfo) + reminders(inReview));

    // Four days on, six runs at once on two instances: each case is reminded exactly once.
    List<JsonPath> runs = concurrently(6, t0.plus(Duration.ofDays(4)));
    assertTrue(runs.stream().anyMatch(r -> r.getBoolean("ran")), "no run took the lock");
    assertEquals(List.of("owner:draft:" + drafter.email()), sent(draft));
    assertEquals(List.of("owner:more_info_requested:" + asked.email()), sent(moreInfo));
    assertEquals(1, count(sent(inReview), "review:in_review:" + firstAdmin));
    assertTrue(sent(inReview).stream().allMatch(s -> s.startsWith("review:in_review:")));

    MimeMessage toDrafter = awaitReminder(drafter.email(), REMINDER_SUBJECT + draftName);
    assertTrue(TestMailbox.textOf(toDrafter).contains("borrador"));
    assertTrue(TestMailbox.textOf(toDrafter).contains("desde hace 4 días"));
    MimeMessage toAsked = awaitReminder(asked.email(), REMINDER_SUBJECT + askedName);
    assertTrue(TestMailbox.textOf(toAsked).contains("más información"));
    MimeMessage digest = awaitDigestMentioning(firstAdmin, waitingName);
    assertTrue(TestMailbox.textOf(digest).contains("/api/v1/kyb/status/" + inReview));

    // A day later is within the repeat period: nothing new.
    run(instanceB, t0.plus(Duration.ofDays(5)));
    assertEquals(1, reminders(draft));
    assertEquals(1, reminders(moreInfo));

    // Once the period has passed, a second reminder; the owner gets at most three per status.
    run(instanceB, t0.plus(Duration.ofDays(7).plusHours(12)));
    run(instanceA, t0.plus(Duration.ofDays(10).plusHours(12)));
    run(instanceB, t0.plus(Duration.ofDays(13).plusHours(12)));
    assertEquals(3, reminders(draft));
    assertEquals(3, reminders(moreInfo));
    assertEquals(4, count(sent(inReview), "review:in_review:" + firstAdmin));
    assertEquals(3, mailsTo(drafter.email(), REMINDER_SUBJECT + draftName, 3));

    // Admins see what was sent; nobody else does.
    given(VitaTestServer.api())
        .auth()
        .oauth2(admin)
        .get("/api/v1/kyb/reminders/" + draft)
        .then()
        .statusCode(200)
        .body("", hasSize(3))
        .body("[0].kind", equalTo("owner"))
        .body("[0].recipient", equalTo(drafter.email()));
    given(VitaTestServer.api())
        .auth()
        .oauth2(drafter.token())
        .get("/api/v1/kyb/reminders/" + draft)
        .then()
        .statusCode(403);

    // Handing the draft in ends the owner's reminders: the case now waits for an admin.
    given(VitaTestServer.api())
        .auth()
        .oauth2(drafter.token())
        .multiPart("documents", "escritura.pdf", TestBusinesses.PDF, "application/pdf")
        .post("/api/v1/kyb/" + draft + "/documents")
        .then()
        .statusCode(200)
        .body("status", equalTo("submitted"));
    run(instanceA, Instant.now().plus(Duration.ofDays(30)));
    assertEquals(3, reminders(draft, "owner"));
    assertEquals(1, count(sent(draft), "review:submitted:" + firstAdmin));
  }

  @Test
  void theContainerHoldsTheHourlyScheduleOnEveryInstance() {
    for (PayaraMicroServer instance : new PayaraMicroServer[] {instanceA, instanceB}) {
      String timers =
          given(probe(instance)).get("/probe/timers").then().statusCode(200).extract().asString();
      String reminders =
          timers
              .lines()
              .filter(t -> t.startsWith("kyb-reminders|"))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no kyb-reminders timer in " + timers));
      String[] parts = reminders.split("\\|");
      assertEquals("0 17 *", parts[1], "second, minute and hour of the schedule");
      assertEquals("false", parts[2], "not persistent");
      Instant next = Instant.parse(parts[3]);
      assertTrue(
          next.isAfter(Instant.now().minusSeconds(5))
              && next.isBefore(Instant.now().plus(Duration.ofHours(1)).plusSeconds(5)),
          "the next run is within the hour: " + next);
    }
  }

  @Test
  void aRunSkipsWhileAnotherInstanceHoldsTheLock() throws Exception {
    // Real time: nothing of this test's is due, so only the lock decides what happens.
    try (Connection other = TestDatabase.connect()) {
      lock(other, "select pg_advisory_lock(?)");
      JsonPath skipped = run(instanceA, Instant.now());
      assertFalse(skipped.getBoolean("ran"));
      assertEquals(0, skipped.getInt("ownerReminders"));
      runThroughApi(admin).then().statusCode(200).body("ran", equalTo(false));
      lock(other, "select pg_advisory_unlock(?)");
    }
    assertTrue(run(instanceB, Instant.now()).getBoolean("ran"));
    runThroughApi(admin).then().statusCode(200).body("ran", equalTo(true));
    runThroughApi(TestTokens.forRoles("buyer", "seller")).then().statusCode(403);
  }

  private static Response runThroughApi(String token) {
    return given(VitaTestServer.api()).auth().oauth2(token).post("/api/v1/kyb/reminders/run");
  }

  private static void lock(Connection connection, String sql) throws Exception {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setLong(1, KybReminders.LOCK_KEY);
      statement.execute();
    }
  }

  private static JsonPath run(PayaraMicroServer instance, Instant at) {
    return given(probe(instance))
        .queryParam("at", at.toString())
        .post("/probe/kyb-reminders")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static List<JsonPath> concurrently(int runs, Instant at) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(runs);
    try {
      List<Callable<JsonPath>> calls = new ArrayList<>();
      for (int i = 0; i < runs; i++) {
        PayaraMicroServer instance = i % 2 == 0 ? instanceA : instanceB;
        calls.add(() -> run(instance, at));
      }
      List<JsonPath> results = new ArrayList<>();
      for (Future<JsonPath> result : pool.invokeAll(calls)) {
        results.add(result.get());
      }
      return results;
    } finally {
      pool.shutdown();
    }
  }

  private static RequestSpecification probe(PayaraMicroServer instance) {
    return new RequestSpecBuilder().setBaseUri(instance.baseUri().toString()).build();
  }

  private static String status(String token, String businessId) {
    return TestBusinesses.status(token, businessId).then().statusCode(200).extract().path("status");
  }

  /** The first admin (made admin by configuration once verified), so digests have a reader. */
  private static String ensureFirstAdminExists() throws Exception {
    return TestAccounts.firstAdmin().email();
  }

  /** {@code kind:status:recipient} of every reminder recorded about the case, oldest first. */
  private static List<String> sent(String businessId) throws Exception {
    return TestDatabase.rows(
            "select kind, status, recipient from kyb_reminder where business_id = ?"
                + " order by sent_at, recipient",
            UUID.fromString(businessId))
        .stream()
        .map(r -> r.get("kind") + ":" + r.get("status") + ":" + r.get("recipient"))
        .toList();
  }

  private static int reminders(String businessId) throws Exception {
    return reminders(businessId, "owner");
  }

  private static int reminders(String businessId, String kind) throws Exception {
    return (int) sent(businessId).stream().filter(s -> s.startsWith(kind + ":")).count();
  }

  private static int count(List<String> sent, String entry) {
    return (int) sent.stream().filter(entry::equals).count();
  }

  private static MimeMessage awaitReminder(String to, String subject) throws Exception {
    return TestMailbox.awaitMail(to, m -> subject.equals(m.getSubject()), Duration.ofSeconds(10));
  }

  private static MimeMessage awaitDigestMentioning(String to, String legalName) throws Exception {
    return TestMailbox.awaitMail(
        to,
        m ->
            m.getSubject().endsWith("verificaciones de negocio esperan revisión")
                && TestMailbox.textOf(m).contains(legalName),
        Duration.ofSeconds(10));
  }

  /** Waits until {@code expected} mails with the subject reached the address; answers how many. */
  private static int mailsTo(String to, String subject, int expected) throws Exception {
    return TestMailbox.awaitCount(
        to, m -> subject.equals(m.getSubject()), expected, Duration.ofSeconds(10));
  }
}
