package com.vita.auth.boundary;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vita.testing.TestAccounts;
import com.vita.testing.TestDatabase;
import com.vita.testing.TestMailbox;
import com.vita.testing.VitaTestServer;
import io.restassured.response.Response;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Forgot and reset password, with the e-mail really delivered over SMTP. */
class PasswordResetIT {

  private static final String NEW_PASSWORD = "Brand-new-pa55";
  private static final Duration WAIT = Duration.ofSeconds(15);

  @Test
  void theEmailedTokenSetsANewPasswordOnceAndEndsEverySession() throws Exception {
    TestAccounts.Registered account = TestAccounts.register();
    forgot(account.email()).then().statusCode(202);

    MimeMessage mail = awaitResetMail(account.email());
    assertEquals("Restablece tu contraseña de VITA", mail.getSubject());
    String token = tokenIn(TestMailbox.textOf(mail));

    reset(token, NEW_PASSWORD).then().statusCode(204);
    login(account.email(), NEW_PASSWORD).then().statusCode(200);
    login(account.email(), TestAccounts.PASSWORD).then().statusCode(401);
    AuthFlowIT.post("/api/v1/auth/refresh", Map.of("refreshToken", account.refreshToken()))
        .statusCode(401);
    TestAccounts.profile(account.token()).then().statusCode(401); // access tokens end too

    reset(token, "Another-pa55word")
        .then()
        .statusCode(400)
        .body("detail", equalTo("The reset token is invalid or has expired"));
    assertTrue(
        !TestDatabase.rows(
                "select 1 from audit_event where action = 'auth.password.reset' and actor_id = ?::uuid",
                account.userId())
            .isEmpty(),
        "the reset is in the audit log");
  }

  @Test
  void onlyTheNewestTokenWorksAndUsingItEndsTheOthers() throws Exception {
    TestAccounts.Registered account = TestAccounts.register();
    forgot(account.email()).then().statusCode(202);
    String first = tokenIn(TestMailbox.textOf(awaitResetMail(account.email())));
    forgot(account.email()).then().statusCode(202);
    assertEquals(2, TestMailbox.awaitCount(account.email(), PasswordResetIT::isReset, 2, WAIT));
    String second =
        tokenIn(
            TestMailbox.textOf(
                TestMailbox.mailsTo(account.email(), PasswordResetIT::isReset).get(1)));

    reset(first, NEW_PASSWORD).then().statusCode(400); // replaced by the newer one
    reset(second, NEW_PASSWORD).then().statusCode(204);
    reset(second, "Another-pa55word").then().statusCode(400); // used
    login(account.email(), NEW_PASSWORD).then().statusCode(200);
  }

  @Test
  void anUnknownEmailGetsTheSameAnswerAndNoMail() throws Exception {
    String nobody = TestAccounts.freshEmail();
    TestAccounts.Registered someone = TestAccounts.register();
    Response unknown = forgot(nobody);
    Response known = forgot(someone.email());
    assertEquals(known.statusCode(), unknown.statusCode());
    assertEquals(known.asString(), unknown.asString());
    awaitResetMail(someone.email());
    assertTrue(TestMailbox.mailTo(nobody).isEmpty());
  }

  @Test
  void aMadeUpTokenIsRefused() {
    reset("not-a-token", NEW_PASSWORD)
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }

  @Test
  void theNewPasswordMustFollowThePolicy() {
    reset("whatever", "weak").then().statusCode(400).body("errors[0].field", equalTo("password"));
  }

  private static String tokenIn(String text) {
    return TestMailbox.codeIn(text);
  }

  // Registration mails a verification link first: the reset mail is the one to wait for.
  private static boolean isReset(MimeMessage mail) throws Exception {
    return "Restablece tu contraseña de VITA".equals(mail.getSubject());
  }

  private static MimeMessage awaitResetMail(String address) throws Exception {
    return TestMailbox.awaitMail(address, PasswordResetIT::isReset, WAIT);
  }

  private static Response forgot(String email) {
    return given(VitaTestServer.api())
        .contentType("application/json")
        .body(Map.of("email", email))
        .post("/api/v1/auth/forgot-password");
  }

  private static Response reset(String token, String password) {
    return given(VitaTestServer.api())
        .contentType("application/json")
        .body(Map.of("token", token, "password", password))
        .post("/api/v1/auth/reset-password");
  }

  private static Response login(String email, String password) {
    return given(VitaTestServer.api())
        .contentType("application/json")
        .body(Map.of("email", email, "password", password))
        .post("/api/v1/auth/login");
  }
}
