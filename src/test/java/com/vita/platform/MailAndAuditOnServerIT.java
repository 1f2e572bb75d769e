package com.vita.platform;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.vita.devstack.PayaraMicroServer;
import com.vita.testing.Closing;
import com.vita.testing.OwnServer;
import com.vita.testing.TestDatabase;
import com.vita.testing.VitaTestServer;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.specification.RequestSpecification;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The mailer and the audit trail inside a real Payara Micro, before any endpoint uses them. A
 * server of its own runs a copy of the WAR with test servlets added ({@link ProbeWar}), on the
 * shared database, with {@code MAIL_SMTP_*} pointing at a GreenMail server in this JVM. Proves what
 * plain JUnit cannot: Payara's Jakarta Mail finds its SMTP provider from VITA's threads, mail is
 * sent off the request thread and counted, and audit records (jsonb through JSON-B) commit with the
 * caller's transaction, or on their own when asked, with the request's address and id.
 */
class MailAndAuditOnServerIT {

  @RegisterExtension
  static final GreenMailExtension SMTP =
      new GreenMailExtension(
              new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort())
          .withPerMethodLifecycle(false);

  private static PayaraMicroServer server;
  private static Path log;

  @BeforeAll
  static void startProbeServer() throws Exception {
    server =
        OwnServer.startWithProbes(
            "probe",
            Map.of(
                "MAIL_SMTP_HOST", "127.0.0.1",
                "MAIL_SMTP_PORT", Integer.toString(SMTP.getSmtp().getPort()),
                "MAIL_SMTP_STARTTLS", "false",
                "MAIL_FROM", "VITA <no-reply@vita.test>"));
    log = VitaTestServer.layout("probe").workDir().resolve("payara.log");
  }

  @AfterAll
  static void stopProbeServer() throws Exception {
    Closing.all(server);
  }

  @Test
  void mailLeavesThroughSmtpAndIsCounted() throws Exception {
    String to = "ana-" + UUID.randomUUID() + "@example.cl";
    given(probe())
        .contentType("application/x-www-form-urlencoded; charset=UTF-8")
        .formParam("to", to)
        .formParam("subject", "Restablece tu contraseña")
        .formParam("text", "Hola Ñandú")
        .post("/probe/mail")
        .then()
        .statusCode(202);

    assertTrue(SMTP.waitForIncomingEmail(10_000, 1), "no mail arrived");
    MimeMessage received =
        Arrays.stream(SMTP.getReceivedMessages())
            .filter(m -> to.equals(recipient(m)))
            .findFirst()
            .orElseThrow();
    assertEquals("no-reply@vita.test", ((InternetAddress) received.getFrom()[0]).getAddress());
    assertEquals("Restablece tu contraseña", received.getSubject());
    assertEquals("Hola Ñandú", ((String) received.getContent()).strip());
    awaitSentCounterAtLeast(1);
  }

  @Test
  void anAuditRecordCommitsWithTheCallersTransaction() throws Exception {
    assertRecordedVia("method", "commit");
  }

  @Test
  void aFiredAuditedActionIsRecordedTheSameWay() throws Exception {
    assertRecordedVia("event", "commit");
  }

  @Test
  void anIndependentRecordSurvivesTheCallersRollback() throws Exception {
    assertRecordedVia("independent", "rollback");
  }

  @Test
  void aJoiningRecordGoesWithTheCallersRollback() throws Exception {
    String subject = "probe-" + UUID.randomUUID();
    for (String via : List.of("method", "event")) {
      given(probe())
          .queryParam("via", via)
          .queryParam("outcome", "rollback")
          .queryParam("actor", UUID.randomUUID().toString())
          .queryParam("subject", subject)
          .post("/probe/audit")
          .then()
          .statusCode(204);
    }
    assertEquals(
        0,
        TestDatabase.rows("SELECT 1 FROM audit_event WHERE subject = ?", subject).size(),
        "an action rolled back did not happen, nor did its record");
  }

  private static void assertRecordedVia(String via, String outcome) throws Exception {
    UUID actor = UUID.randomUUID();
    String subject = "probe-" + UUID.randomUUID();
    String requestId = "audit-" + UUID.randomUUID();
    given(probe())
        .header("X-Request-Id", requestId)
        .queryParam("via", via)
        .queryParam("outcome", outcome)
        .queryParam("actor", actor.toString())
        .queryParam("subject", subject)
        .post("/probe/audit")
        .then()
        .statusCode(204);

    List<Map<String, Object>> rows =
        TestDatabase.rows(
            "SELECT action, actor_id, ip, request_id, details::text AS details,"
                + " occurred_at > now() - interval '1 minute' AS recent"
                + " FROM audit_event WHERE subject = ?",
            subject);
    assertEquals(1, rows.size(), "recorded once (" + via + ", caller's " + outcome + ")");
    Map<String, Object> row = rows.get(0);
    assertEquals("auth.login.failure", row.get("action"));
    assertEquals(actor, row.get("actor_id"));
    assertEquals("127.0.0.1", row.get("ip"));
    assertEquals(requestId, row.get("request_id"));
    assertEquals("{\"reason\": \"bad_password\"}", row.get("details"), "password dropped");
    assertEquals(true, row.get("recent"));
    String lines = Files.readString(log, StandardCharsets.UTF_8);
    assertTrue(
        lines
            .lines()
            .anyMatch(
                line ->
                    line.contains("\"logger\":\"com.vita.audit\"")
                        && line.contains(subject)
                        && line.contains("\"requestId\":\"" + requestId + "\"")
                        && !line.contains("hunter2")),
        "one com.vita.audit log line with the request id");
  }

  private static void awaitSentCounterAtLeast(double expected) throws InterruptedException {
    Pattern sent = Pattern.compile("mail_sent_total\\{[^}]*result=\"sent\"[^}]*} ([0-9.eE+-]+)");
    Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
    double value = 0;
    while (Instant.now().isBefore(deadline)) {
      String metrics = given(probe()).accept("text/plain").get("/metrics").asString();
      Matcher matcher = sent.matcher(metrics);
      value = matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
      if (value >= expected) {
        return;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("mail_sent_total{result=sent} stayed at " + value);
  }

  private static String recipient(MimeMessage message) {
    try {
      return ((InternetAddress) message.getRecipients(Message.RecipientType.TO)[0]).getAddress();
    } catch (Exception e) {
      return null;
    }
  }

  private static RequestSpecification probe() {
    return new RequestSpecBuilder().setBaseUri(server.baseUri()).build();
  }
}
