package com.vita.auth.boundary;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vita.testing.TestAccounts;
import com.vita.testing.TestDatabase;
import com.vita.testing.TestMailbox;
import com.vita.testing.TestTokens;
import com.vita.testing.VitaTestServer;
import io.restassured.response.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * E-mail verification (issue 10, finding 8), with the mail really delivered over SMTP: one-time
 * codes, the link's confirmation page, the resend limit, and the configured admin address that
 * becomes admin only once verified.
 */
class EmailVerificationIT {

  private static final String VERIFY = "/api/v1/auth/verify-email";
  private static final String RESEND = "/api/v1/auth/verify-email/resend";

  @Test
  void theMailedCodeVerifiesTheAddressOnceAndProfileAndTokenSaySo() throws Exception {
    TestAccounts.Registered user = TestAccounts.register();
    TestAccounts.profile(user.token()).then().statusCode(200).body("emailVerified", equalTo(false));
    assertEquals(false, TestTokens.claimsOf(user.token()).getBoolean("email_verified"));

    String code = TestAccounts.verificationCode(user.email(), 1);
    TestAccounts.verifyEmail(code).then().statusCode(204);

    TestAccounts.profile(user.token()).then().statusCode(200).body("emailVerified", equalTo(true));
    String fresh = TestAccounts.refreshedToken(VitaTestServer.api(), user);
    assertEquals(true, TestTokens.claimsOf(fresh).getBoolean("email_verified"));
    assertFalse(TestTokens.claimsOf(fresh).getList("groups").contains("admin"));
    TestAccounts.verifyEmail(code)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", equalTo("The verification token is invalid, used or expired"));
    assertEquals(
        1,
        TestDatabase.rows(
                "select 1 from audit_event where action = 'auth.email.verified' and actor_id = ?::uuid",
                user.userId())
            .size());
    // Verified: nothing left to resend.
    resend(user.token()).then().statusCode(409).contentType("application/problem+json");
  }

  @Test
  void theLinkOpensAPageThatVerifiesOnlyWhenItsButtonIsPressed() throws Exception {
    TestAccounts.Registered user = TestAccounts.register();
    String text =
        TestMailbox.textOf(
            TestMailbox.awaitMail(
                user.email(), TestAccounts::isVerificationMail, Duration.ofSeconds(15)));
    Matcher link = Pattern.compile("(http\\S+verify-email\\?token=\\S+)").matcher(text);
    assertTrue(link.find(), text);
    URI uri = URI.create(link.group(1));
    // Built from VITA_PUBLIC_BASE_URL (unset here: the local default), never from the request.
    assertEquals(
        "http://localhost:8080" + VERIFY,
        uri.getScheme() + "://" + uri.getAuthority() + uri.getPath());
    String token = uri.getQuery().substring("token=".length());

    // Opening the link (a person, or a mail scanner following it) changes nothing...
    given(VitaTestServer.api())
        .queryParam("token", token)
        .get(VERIFY)
        .then()
        .statusCode(200)
        .contentType(containsString("text/html"))
        .body(containsString("<form method=\"post\">"))
        .body(containsString("value=\"" + token + "\""));
    TestAccounts.profile(user.token()).then().body("emailVerified", equalTo(false));

    // ...the page's button does.
    given(VitaTestServer.api())
        .formParam("token", token)
        .post(VERIFY)
        .then()
        .statusCode(200)
        .contentType(containsString("text/html"))
        .body(containsString("confirmado"));
    TestAccounts.profile(user.token()).then().body("emailVerified", equalTo(true));
    given(VitaTestServer.api())
        .formParam("token", token)
        .post(VERIFY)
        .then()
        .statusCode(400)
        .body(containsString("no es válido"));
    given(VitaTestServer.api())
        .queryParam("token", "\"><script>alert(1)</script>")
        .get(VERIFY)
        .then()
        .statusCode(200)
        .body(not(containsString("<script>")));
    given(VitaTestServer.api()).get(VERIFY).then().statusCode(400);
  }

  @Test
  void anExpiredCodeIsRefused() throws Exception {
    TestAccounts.Registered user = TestAccounts.register();
    String code = TestAccounts.verificationCode(user.email(), 1);
    List<Map<String, Object>> expired =
        TestDatabase.rows(
            "update email_verification_token set issued_at = now() - interval '2 days',"
                + " expires_at = now() - interval '1 day' where token_hash = ? returning id",
            sha256(code));
    assertEquals(1, expired.size());
    TestAccounts.verifyEmail(code).then().statusCode(400).contentType("application/problem+json");
    TestAccounts.profile(user.token()).then().body("emailVerified", equalTo(false));
  }

  @Test
  void madeUpOrMissingCodesAreProblems() {
    TestAccounts.verifyEmail("not-a-token")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    given(VitaTestServer.api())
        .contentType("application/json")
        .body("{}")
        .post(VERIFY)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("token"));
  }

  @Test
  void resendingEndsTheEarlierCodesAndIsLimitedPerHour() throws Exception {
    TestAccounts.Registered user = TestAccounts.register();
    String first = TestAccounts.verificationCode(user.email(), 1);
    resend(user.token()).then().statusCode(202);
    resend(user.token()).then().statusCode(202);
    // Three mails this hour (the registration's included): the fourth is refused, and sent not.
    Response refused = resend(user.token());
    assertEquals(429, refused.statusCode(), refused.asString());
    assertEquals("application/problem+json", refused.contentType());
    long retryAfter = Long.parseLong(refused.header("Retry-After"));
    assertTrue(retryAfter > 3000 && retryAfter <= 3601, "Retry-After " + retryAfter);
    String newest = TestAccounts.verificationCode(user.email(), 3);
    Thread.sleep(500); // a fourth mail, if one were sent, would be on its way
    assertEquals(3, TestMailbox.mailsTo(user.email(), TestAccounts::isVerificationMail).size());

    TestAccounts.verifyEmail(first).then().statusCode(400); // replaced by the newer ones
    TestAccounts.verifyEmail(newest).then().statusCode(204);
    given(VitaTestServer.api()).post(RESEND).then().statusCode(401);
  }

  @Test
  void aConfiguredAdminAddressIsAdminOnlyOnceVerified() throws Exception {
    // Frees the address an earlier run registered (accounts are never deleted).
    TestDatabase.rows(
        "update account set email = 'retired-' || id || '@vita.test' where email = ? returning id",
        VitaTestServer.UNVERIFIED_ADMIN);
    TestAccounts.Registered squatter = register(VitaTestServer.UNVERIFIED_ADMIN);
    TestAccounts.profile(squatter.token())
        .then()
        .body("roles", not(hasItem("admin")))
        .body("emailVerified", equalTo(false));
    assertFalse(TestTokens.claimsOf(squatter.token()).getList("groups").contains("admin"));
    String target = TestAccounts.register().userId();
    setRoles(squatter.token(), target).then().statusCode(403);

    TestAccounts.verifyEmail(TestAccounts.verificationCode(squatter.email(), 1))
        .then()
        .statusCode(204);
    // The role change ended the earlier access token; a fresh one is an admin's.
    TestAccounts.profile(squatter.token()).then().statusCode(401);
    String admin = TestAccounts.refreshedToken(VitaTestServer.api(), squatter);
    assertTrue(TestTokens.claimsOf(admin).getList("groups").contains("admin"));
    assertEquals(true, TestTokens.claimsOf(admin).getBoolean("email_verified"));
    TestAccounts.profile(admin).then().body("roles", hasItem("admin"));
    setRoles(admin, target).then().statusCode(200);
    assertEquals(
        1,
        TestDatabase.rows(
                "select 1 from audit_event where action = 'auth.role.change' and subject = ?"
                    + " and details->>'source' = 'auth.admin-emails'",
                squatter.userId())
            .size());
  }

  @Test
  void theSuitesFirstAdminIsMadeThroughVerification() throws Exception {
    TestAccounts.Registered admin = TestAccounts.firstAdmin();
    TestAccounts.profile(admin.token())
        .then()
        .body("roles", hasItem("admin"))
        .body("emailVerified", equalTo(true));
  }

  private static TestAccounts.Registered register(String email) {
    var body =
        given(VitaTestServer.api())
            .contentType("application/json")
            .body(Map.of("email", email, "password", TestAccounts.PASSWORD, "name", "Admin To Be"))
            .post("/api/v1/auth/register")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    return new TestAccounts.Registered(
        body.getString("userId"), email, body.getString("token"), body.getString("refreshToken"));
  }

  private static Response setRoles(String token, String accountId) {
    return given(VitaTestServer.api())
        .auth()
        .oauth2(token)
        .contentType("application/json")
        .body(Map.of("roles", List.of("seller")))
        .put("/api/v1/admin/accounts/" + accountId + "/roles");
  }

  private static Response resend(String token) {
    return given(VitaTestServer.api()).auth().oauth2(token).post(RESEND);
  }

  private static String sha256(String text) throws Exception {
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }
}
