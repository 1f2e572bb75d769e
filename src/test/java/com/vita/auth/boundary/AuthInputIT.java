package com.vita.auth.boundary;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vita.testing.TestAccounts;
import com.vita.testing.VitaTestServer;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bad input on the identity endpoints is a 4xx problem, and logins reveal no accounts. */
class AuthInputIT {

  private static final String REGISTER = "/api/v1/auth/register";
  private static final String LOGIN = "/api/v1/auth/login";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{}",
        "{\"email\":\"a@example.com\"}",
        "{\"email\":\"a@example.com\",\"password\":\"Aa1!aaaa\"}",
        "{\"email\":123,\"password\":true,\"name\":[]}",
        "{\"email\":\"not-an-email\",\"password\":\"Aa1!aaaa\",\"name\":\"A\"}",
        "{\"email\":\"ana@exаmple.com\",\"password\":\"Aa1!aaaa\",\"name\":\"A\"}",
        "{\"email\":\"ana\u202E@example.com\",\"password\":\"Aa1!aaaa\",\"name\":\"A\"}",
        "{\"email\":\"ana@example.com\\u0000\",\"password\":\"Aa1!aaaa\",\"name\":\"A\"}",
        "{\"email\":\"ana@example.com\",\"password\":\"short1!\",\"name\":\"A\"}",
        "{\"email\":\"ana@example.com\",\"password\":\"nouppercase1!\",\"name\":\"A\"}",
        "{\"email\":\"ana@example.com\",\"password\":\"NoSymbol123\",\"name\":\"A\"}",
        "{\"email\":\"ana@example.com\",\"password\":\"Aa1!aaaa\",\"name\":\"A\\nB\"}",
        "[]",
        "null",
        "{\"email\":"
      })
  void badRegistrationsAreProblemsNotErrors(String body) {
    Response response =
        given(VitaTestServer.api()).contentType("application/json").body(body).post(REGISTER);
    int status = response.statusCode();
    assertTrue(status == 400, "status " + status + " for " + body + ": " + response.asString());
    assertEquals("application/problem+json", response.contentType());
  }

  @Test
  void aTenMegabyteStringIsRefusedWithoutHarm() {
    String huge = "a".repeat(10 * 1024 * 1024 - 100);
    Response response =
        given(VitaTestServer.api())
            .contentType("application/json")
            .body("{\"email\":\"" + huge + "@example.com\",\"password\":\"x\",\"name\":\"A\"}")
            .post(REGISTER);
    assertTrue(response.statusCode() == 400 || response.statusCode() == 413, response.asString());
  }

  @Test
  void aPasswordLongerThanBcryptReadsIsRefused() {
    given(VitaTestServer.api())
        .contentType("application/json")
        .body(
            Map.of(
                "email",
                TestAccounts.freshEmail(),
                "password",
                "Aa1!" + "x".repeat(80),
                "name",
                "Long"))
        .post(REGISTER)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("password"));
  }

  @Test
  void unknownEmailAndWrongPasswordLookTheSame() {
    TestAccounts.Registered account = TestAccounts.register();
    Response wrongPassword = login(account.email(), "Wrong-passw0rd");
    Response unknownEmail = login(TestAccounts.freshEmail(), "Wrong-passw0rd");

    assertEquals(401, wrongPassword.statusCode());
    assertEquals(wrongPassword.statusCode(), unknownEmail.statusCode());
    assertEquals(
        wrongPassword.jsonPath().getString("detail"), unknownEmail.jsonPath().getString("detail"));
    assertEquals(
        wrongPassword.jsonPath().getString("type"), unknownEmail.jsonPath().getString("type"));
  }

  @Test
  void unknownEmailsCostWhatWrongPasswordsCost() {
    TestAccounts.Registered account = TestAccounts.register();
    long wrongPassword = medianMillis(() -> login(account.email(), "Wrong-passw0rd"));
    long unknownEmail = medianMillis(() -> login(TestAccounts.freshEmail(), "Wrong-passw0rd"));
    // Without the decoy bcrypt check an unknown e-mail answers in a few milliseconds.
    assertTrue(
        unknownEmail * 2 > wrongPassword,
        "unknown e-mail " + unknownEmail + " ms vs wrong password " + wrongPassword + " ms");
  }

  @Test
  void loginRefusesMissingFields() {
    given(VitaTestServer.api())
        .contentType("application/json")
        .body("{\"email\":\"\"}")
        .post(LOGIN)
        .then()
        .statusCode(400)
        .body("status", lessThan(500));
  }

  private static Response login(String email, String password) {
    return given(VitaTestServer.api())
        .contentType("application/json")
        .body(Map.of("email", email, "password", password))
        .post(LOGIN);
  }

  private static long medianMillis(Runnable call) {
    long[] samples = new long[5];
    for (int i = 0; i < samples.length; i++) {
      long started = System.nanoTime();
      call.run();
      samples[i] = (System.nanoTime() - started) / 1_000_000;
    }
    java.util.Arrays.sort(samples);
    return samples[samples.length / 2];
  }
}
