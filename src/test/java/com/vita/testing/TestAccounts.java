package com.vita.testing;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Accounts registered through the API, each with its own fresh e-mail. */
public final class TestAccounts {

  public static final String PASSWORD = "Correct-h0rse";

  /** The subject of the verification mail (the shared server mails in Spanish). */
  public static final String VERIFICATION_SUBJECT = "Confirma tu correo en VITA";

  private static final Duration WAIT = Duration.ofSeconds(15);
  private static boolean firstAdminReady;

  private TestAccounts() {}

  /** A registered buyer and the tokens registration returned. */
  public record Registered(String userId, String email, String token, String refreshToken) {}

  public static String freshEmail() {
    return "user-" + UUID.randomUUID() + "@example.com";
  }

  public static Registered register() {
    return register(VitaTestServer.api());
  }

  /** The same on another server (one of a test's own, {@link OwnServer}). */
  public static Registered register(RequestSpecification api) {
    String email = freshEmail();
    JsonPath body =
        given(api)
            .contentType("application/json")
            .body(Map.of("email", email, "password", PASSWORD, "name", "Test Buyer"))
            .post("/api/v1/auth/register")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    return new Registered(
        body.getString("userId"), email, body.getString("token"), body.getString("refreshToken"));
  }

  /**
   * A fresh access token through the account's refresh token (claims as they are now). Refresh
   * tokens rotate: this works once per registration.
   */
  public static String refreshedToken(RequestSpecification api, Registered user) {
    return given(api)
        .contentType("application/json")
        .body(Map.of("refreshToken", user.refreshToken()))
        .post("/api/v1/auth/refresh")
        .then()
        .statusCode(200)
        .extract()
        .path("token");
  }

  /**
   * A fresh access token through a new login (claims as they are now). Unlike a refresh token,
   * which works once, this can be repeated.
   */
  public static String loggedInToken(RequestSpecification api, Registered user) {
    return given(api)
        .contentType("application/json")
        .body(Map.of("email", user.email(), "password", PASSWORD))
        .post("/api/v1/auth/login")
        .then()
        .statusCode(200)
        .extract()
        .path("token");
  }

  /**
   * The code of the newest verification mail to the address, once at least {@code count} of them
   * arrived.
   */
  public static String verificationCode(String email, int count) throws Exception {
    TestMailbox.awaitCount(email, TestAccounts::isVerificationMail, count, WAIT);
    List<MimeMessage> mails = TestMailbox.mailsTo(email, TestAccounts::isVerificationMail);
    if (mails.size() < count) {
      throw new AssertionError(mails.size() + " verification mails to " + email + ", not " + count);
    }
    return TestMailbox.codeIn(TestMailbox.textOf(mails.get(mails.size() - 1)));
  }

  public static boolean isVerificationMail(MimeMessage mail) throws Exception {
    return VERIFICATION_SUBJECT.equals(mail.getSubject());
  }

  /** {@code POST /auth/verify-email} with the code. */
  public static io.restassured.response.Response verifyEmail(String code) {
    return given(VitaTestServer.api())
        .contentType("application/json")
        .body(Map.of("token", code))
        .post("/api/v1/auth/verify-email");
  }

  /** Verifies a freshly registered account's address with the mail registration sent. */
  public static void verify(Registered user) throws Exception {
    verifyEmail(verificationCode(user.email(), 1)).then().statusCode(204);
  }

  /**
   * The suite's first admin ({@link VitaTestServer#FIRST_ADMIN}, named by AUTH_ADMIN_EMAILS), made
   * as on a first deployment: registered, then admin once its address is verified through the
   * mailbox. Done once per run (the database may keep it from an earlier run: then a login, and a
   * new verification mail only if that run did not verify it); each call logs in afresh.
   */
  public static synchronized Registered firstAdmin() throws Exception {
    String email = VitaTestServer.FIRST_ADMIN;
    if (!firstAdminReady) {
      int status =
          given(VitaTestServer.api())
              .contentType("application/json")
              .body(Map.of("email", email, "password", PASSWORD, "name", "First Admin"))
              .post("/api/v1/auth/register")
              .statusCode();
      if (status != 201 && status != 409) {
        throw new AssertionError("registering the first admin answered " + status);
      }
      Registered admin = loggedIn(email);
      if (!profile(admin.token()).jsonPath().getBoolean("emailVerified")) {
        int before =
            status == 201 ? 0 : TestMailbox.mailsTo(email, TestAccounts::isVerificationMail).size();
        if (status == 409) {
          given(VitaTestServer.api())
              .auth()
              .oauth2(admin.token())
              .post("/api/v1/auth/verify-email/resend")
              .then()
              .statusCode(202);
        }
        verifyEmail(verificationCode(email, before + 1)).then().statusCode(204);
      }
      firstAdminReady = true;
    }
    return loggedIn(email);
  }

  private static Registered loggedIn(String email) {
    JsonPath body =
        given(VitaTestServer.api())
            .contentType("application/json")
            .body(Map.of("email", email, "password", PASSWORD))
            .post("/api/v1/auth/login")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    return new Registered(
        body.getString("userId"), email, body.getString("token"), body.getString("refreshToken"));
  }

  /** The account's profile as its owner sees it ({@code GET /auth/profile}). */
  public static io.restassured.response.Response profile(String token) {
    return given(VitaTestServer.api()).auth().oauth2(token).get("/api/v1/auth/profile");
  }
}
