package com.vita.kyc.boundary;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vita.testing.FakeDidit;
import com.vita.testing.TestAccounts;
import com.vita.testing.TestDatabase;
import com.vita.testing.TestMailbox;
import com.vita.testing.TestMetrics;
import com.vita.testing.TestTokens;
import com.vita.testing.VitaTestServer;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** KYC against a fake DIDIT built from its documented API, on the shared server. */
class KycIT {

  private static final String CREATED =
      "didit_api_calls_total{mp_scope=\"application\",operation=\"create_session\","
          + "result=\"success\"}";

  @Test
  void aSignedApprovalVerifiesTheAccountMailsItAndReachesTheNextToken() throws Exception {
    TestAccounts.Registered user = TestAccounts.register();
    double createdBefore = TestMetrics.value(CREATED);
    JsonPath started = initiate(user).then().statusCode(200).extract().jsonPath();
    String session = started.getString("sessionId");
    assertEquals(user.userId(), VitaTestServer.didit().vendorDataOf(session), "vendor_data");
    assertTrue(started.getString("redirectUrl").startsWith(VitaTestServer.didit().baseUrl()));
    assertEquals("pending", started.getString("status"));
    assertEquals(false, started.getBoolean("sandbox"));
    assertTrue(TestMetrics.value(CREATED) >= createdBefore + 1, "the DIDIT call is counted");
    status(user, user.userId()).then().statusCode(200).body("state", equalTo("pending"));

    byte[] approval = approvalOf(session);
    webhook(approval, FakeDidit.sign(approval), now())
        .then()
        .statusCode(200)
        .body("result", equalTo("applied"));

    JsonPath state = status(user, user.userId()).then().statusCode(200).extract().jsonPath();
    assertEquals("approved", state.getString("state"));
    MimeMessage mail =
        TestMailbox.awaitMail(user.email(), KycIT::isKycMail, Duration.ofSeconds(15));
    assertTrue(mail.getSubject().contains("approved"), mail.getSubject());
    KycCalls.documents(VitaTestServer.api(), user, user.userId())
        .then()
        .statusCode(200)
        .body("verifications[0].sessionId", equalTo(session))
        .body("verifications[0].status", equalTo("approved"))
        .body("verifications[0].documentType", equalTo("Identity Card"))
        .body("verifications[0].issuingCountry", equalTo("CHL"));

    String refreshed = TestAccounts.refreshedToken(VitaTestServer.api(), user);
    assertEquals("approved", TestTokens.claimsOf(refreshed).getString("kyc"));

    // A replay of the same signed body, even with a fresh X-Timestamp (DIDIT does not sign it),
    // is refused and changes nothing.
    webhook(approval, FakeDidit.sign(approval), now())
        .then()
        .statusCode(409)
        .contentType("application/problem+json");
    assertEquals(
        state.getString("updatedAt"),
        status(user, user.userId()).then().extract().path("updatedAt"));
    assertEquals(1, changesOf(user), "one audited change to approved");
    assertEquals(1, mailsTo(user.email()), "one e-mail");
  }

  @Test
  void forgedStaleOrMalformedDeliveriesChangeNothing() throws Exception {
    TestAccounts.Registered user = TestAccounts.register();
    String session = initiate(user).then().statusCode(200).extract().path("sessionId");
    byte[] approval = approvalOf(session);

    webhook(approval, FakeDidit.sign("something else".getBytes()), now())
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
    webhook(approval, null, now()).then().statusCode(401);
    String stale = Long.toString(Instant.now().minusSeconds(301).getEpochSecond());
    webhook(approval, FakeDidit.sign(approval), stale).then().statusCode(401);
    byte[] malformed = "{\"session_id\": ".getBytes(StandardCharsets.UTF_8);
    webhook(malformed, FakeDidit.sign(malformed), now())
        .then()
        .statusCode(400)
        .contentType("application/problem+json");

    status(user, user.userId()).then().statusCode(200).body("state", equalTo("pending"));
  }

  @Test
  void aDeliveryForAnUnknownSessionIsIgnored() {
    byte[] body = approvalOf(UUID.randomUUID().toString());
    webhook(body, FakeDidit.sign(body), now())
        .then()
        .statusCode(200)
        .body("result", equalTo("ignored"));
  }

  @Test
  void onlyTheOwnerAndAdminsSeeAStatus() {
    TestAccounts.Registered owner = TestAccounts.register();
    TestAccounts.Registered other = TestAccounts.register();
    status(other, owner.userId()).then().statusCode(404);
    given(VitaTestServer.api())
        .auth()
        .oauth2(other.token())
        .get("/api/v1/kyc/documents/" + owner.userId())
        .then()
        .statusCode(404);
    given(VitaTestServer.api()).get("/api/v1/kyc/status/" + owner.userId()).then().statusCode(401);
    given(VitaTestServer.api())
        .auth()
        .oauth2(TestTokens.forRoles("buyer", "admin"))
        .get("/api/v1/kyc/status/" + owner.userId())
        .then()
        .statusCode(200)
        .body("userId", equalTo(owner.userId()))
        .body("state", equalTo("not_started"));
  }

  @Test
  void theSandboxDoesNotExistWhenDiditIsConfigured() {
    TestAccounts.Registered user = TestAccounts.register();
    String session = initiate(user).then().statusCode(200).extract().path("sessionId");
    given(VitaTestServer.api())
        .auth()
        .oauth2(TestTokens.forRoles("buyer", "admin"))
        .contentType("application/json")
        .body(Map.of("status", "approved"))
        .post("/api/v1/kyc/sandbox/" + session + "/decision")
        .then()
        .statusCode(404);
    given(VitaTestServer.api())
        .get("/health/ready")
        .then()
        .statusCode(200)
        .body("checks.find { it.name == 'kyc' }.data.mode", equalTo("didit"));
    given(VitaTestServer.api())
        .auth()
        .oauth2(user.token())
        .contentType("application/json")
        .body(Map.of("status", "approved"))
        .post("/api/v1/kyc/sandbox/" + session + "/decision")
        .then()
        .statusCode(403);
  }

  private static Response initiate(TestAccounts.Registered user) {
    return KycCalls.initiate(VitaTestServer.api(), user);
  }

  private static Response status(TestAccounts.Registered caller, String userId) {
    return KycCalls.status(VitaTestServer.api(), caller, userId);
  }

  static Response webhook(byte[] body, String signature, String timestamp) {
    var request = given(VitaTestServer.api()).contentType("application/json").body(body);
    if (signature != null) {
      request.header("X-Signature", signature);
    }
    return request.header("X-Timestamp", timestamp).post("/api/v1/kyc/webhook/didit");
  }

  /** A status.updated delivery as DIDIT documents it, with a decision. */
  private static byte[] approvalOf(String session) {
    return ("{\"session_id\":\""
            + session
            + "\",\"status\":\"Approved\",\"webhook_type\":\"status.updated\","
            + "\"created_at\":"
            + Instant.now().getEpochSecond()
            + ",\"decision\":{\"id_verification\":{\"status\":\"Approved\","
            + "\"document_type\":\"Identity Card\",\"issuing_state\":\"CHL\","
            + "\"first_name\":\"José\"}}}")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static String now() {
    return Long.toString(Instant.now().getEpochSecond());
  }

  private static int changesOf(TestAccounts.Registered user) throws Exception {
    return TestDatabase.rows(
            "select 1 from audit_event where action = 'kyc.status.change' and subject = ?"
                + " and details->>'to' = 'approved'",
            user.userId())
        .size();
  }

  private static long mailsTo(String address) throws Exception {
    Thread.sleep(500); // a second mail, if one were sent, leaves after the replay's commit
    return TestMailbox.mailsTo(address, KycIT::isKycMail).size();
  }

  // Registration mailed a verification link first; these are the KYC state mails.
  private static boolean isKycMail(MimeMessage mail) throws Exception {
    return !TestAccounts.isVerificationMail(mail);
  }
}
