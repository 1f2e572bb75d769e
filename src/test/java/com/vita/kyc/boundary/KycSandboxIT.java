package com.vita.kyc.boundary;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vita.devstack.PayaraMicroServer;
import com.vita.testing.Closing;
import com.vita.testing.OwnServer;
import com.vita.testing.TestAccounts;
import com.vita.testing.TestDatabase;
import com.vita.testing.TestTokens;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * KYC without DIDIT, end to end: a server of this class's own started with no {@code KYC_DIDIT_*}
 * setting (the shared server talks to a fake DIDIT), so it runs the labelled sandbox where an admin
 * decides each session.
 */
class KycSandboxIT {

  private static PayaraMicroServer server;

  private final String admin = TestTokens.forRoles("buyer", "admin");

  @BeforeAll
  static void startWithoutDidit() throws Exception {
    // Blank is unset for MicroProfile Config: the sandbox even if this JVM's environment has a key.
    server = OwnServer.start("kyc-sandbox", Map.of("KYC_DIDIT_API_KEY", ""));
  }

  @AfterAll
  static void stop() throws Exception {
    Closing.all(server);
  }

  @Test
  void theSandboxIsLabelledInReadinessAndInTheStartUpLog() throws Exception {
    given(api())
        .get("/health/ready")
        .then()
        .statusCode(200)
        .body("checks.find { it.name == 'kyc' }.status", equalTo("UP"))
        .body("checks.find { it.name == 'kyc' }.data.mode", equalTo("sandbox"));
    String log = Files.readString(server.log(), StandardCharsets.UTF_8);
    assertTrue(log.contains("KYC runs in SANDBOX mode"), "the start-up WARNING");
  }

  @Test
  void anAdminDecidesALocalSessionAndTheNextTokenCarriesTheDecision() throws Exception {
    TestAccounts.Registered user = TestAccounts.register(api());
    JsonPath started =
        initiate(user)
            .then()
            .statusCode(200)
            .body("sandbox", equalTo(true))
            .body("status", equalTo("pending"))
            .extract()
            .jsonPath();
    String session = started.getString("sessionId");
    assertTrue(session.startsWith("sandbox-"), session);
    assertEquals("/api/v1/kyc/sandbox/" + session, started.getString("redirectUrl"));
    assertEquals(
        "sandbox",
        TestDatabase.rows(
                "select provider from kyc_verification where provider_session_id = ?", session)
            .get(0)
            .get("provider"));
    status(user).then().statusCode(200).body("state", equalTo("pending"));

    decide(user.token(), session, "approved")
        .then()
        .statusCode(403)
        .contentType(startsWith("application/problem+json"));
    status(user).then().body("state", equalTo("pending"));

    decide(admin, session, "approved")
        .then()
        .statusCode(200)
        .body("userId", equalTo(user.userId()))
        .body("state", equalTo("approved"));
    status(user).then().statusCode(200).body("state", equalTo("approved"));
    KycCalls.documents(api(), user, user.userId())
        .then()
        .statusCode(200)
        .body("verifications[0].sessionId", equalTo(session))
        .body("verifications[0].status", equalTo("approved"))
        .body("verifications[0].documentType", equalTo("sandbox"));
    assertEquals(
        "approved",
        TestTokens.claimsOf(TestAccounts.refreshedToken(api(), user)).getString("kyc"),
        "the next token's kyc claim");

    initiate(user).then().statusCode(409).contentType(startsWith("application/problem+json"));
  }

  @Test
  void onlyAKnownSandboxSessionAndAKnownDecisionAreAccepted() {
    decide(admin, "sandbox-" + UUID.randomUUID(), "approved")
        .then()
        .statusCode(404)
        .contentType(startsWith("application/problem+json"));

    TestAccounts.Registered user = TestAccounts.register(api());
    String session = initiate(user).then().statusCode(200).extract().path("sessionId");
    decide(admin, session, "maybe")
        .then()
        .statusCode(400)
        .contentType(startsWith("application/problem+json"))
        .body("type", equalTo("https://vita.dev/problems/validation-failed"))
        .body("errors.field", hasItem("status"));
    given(api())
        .auth()
        .oauth2(admin)
        .contentType("application/json")
        .body("{\"status\": ")
        .post("/api/v1/kyc/sandbox/" + session + "/decision")
        .then()
        .statusCode(400)
        .contentType(startsWith("application/problem+json"));
    status(user).then().body("state", equalTo("pending"));

    decide(admin, session, "declined").then().statusCode(200).body("state", equalTo("declined"));
    // A declined person may try again: a new local session, pending again.
    initiate(user).then().statusCode(200).body("sandbox", equalTo(true));
    status(user).then().body("state", equalTo("pending"));
  }

  private static RequestSpecification api() {
    return OwnServer.api(server);
  }

  private static Response initiate(TestAccounts.Registered user) {
    return KycCalls.initiate(api(), user);
  }

  private static Response status(TestAccounts.Registered user) {
    return KycCalls.status(api(), user, user.userId());
  }

  private static Response decide(String token, String session, String decision) {
    return given(api())
        .auth()
        .oauth2(token)
        .contentType("application/json")
        .body(Map.of("status", decision))
        .post("/api/v1/kyc/sandbox/" + session + "/decision");
  }
}
