package com.vita.auth.boundary;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vita.testing.TestAccounts;
import com.vita.testing.TestDatabase;
import com.vita.testing.VitaTestServer;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seed 000's registration body as written ({@code firstName}, {@code lastName}) beside VITA's
 * ({@code name}), and the username every account gets: derived, unique under concurrency,
 * changeable until locked.
 */
class AccountNamesIT {

  private static final String REGISTER = "/api/v1/auth/register";
  private static final String USERNAME = "/api/v1/auth/username";

  @Test
  void seed000sRegistrationAndLoginWorkAsTheSeedWritesThem() {
    // The seed's test, with a fresh e-mail instead of test@example.com (the database is shared).
    String email = "test-" + UUID.randomUUID() + "@example.com";
    JsonPath registered =
        post(
                REGISTER,
                Map.of(
                    "email", email,
                    "password", "SecurePass123!",
                    "firstName", "Test",
                    "lastName", "User"))
            .then()
            .statusCode(201)
            .body("userId", notNullValue())
            .body("token", notNullValue())
            .body("refreshToken", notNullValue())
            .extract()
            .jsonPath();
    post("/api/v1/auth/login", Map.of("email", email, "password", "SecurePass123!"))
        .then()
        .statusCode(200)
        .body("token", notNullValue())
        .body("refreshToken", notNullValue());
    TestAccounts.profile(registered.getString("token"))
        .then()
        .statusCode(200)
        .body("userId", equalTo(registered.getString("userId")))
        .body("name", equalTo("Test User"))
        .body("firstName", equalTo("Test"))
        .body("lastName", equalTo("User"))
        .body("emailVerified", equalTo(false));
  }

  @Test
  void vitasOwnShapeKeepsNoFirstOrLastName() {
    TestAccounts.Registered user = TestAccounts.register();
    TestAccounts.profile(user.token())
        .then()
        .body("name", equalTo("Test Buyer"))
        .body("firstName", nullValue())
        .body("lastName", nullValue());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"email\":\"%s\",\"password\":\"SecurePass123!\"}",
        "{\"email\":\"%s\",\"password\":\"SecurePass123!\",\"firstName\":\"Test\"}",
        "{\"email\":\"%s\",\"password\":\"SecurePass123!\",\"lastName\":\"User\"}",
        "{\"email\":\"%s\",\"password\":\"SecurePass123!\",\"name\":\" \",\"firstName\":\" \",\"lastName\":\"U\"}",
        "{\"email\":\"%s\",\"password\":\"SecurePass123!\",\"firstName\":\"<b>\",\"lastName\":\"User\"}"
      })
  void aRegistrationNamingNobodyIsRefusedAndWritesNothing(String template) throws Exception {
    String email = TestAccounts.freshEmail();
    Response response =
        given(VitaTestServer.api())
            .contentType("application/json")
            .body(String.format(template, email))
            .post(REGISTER);
    assertEquals(400, response.statusCode(), response.asString());
    assertEquals("application/problem+json", response.contentType());
    assertTrue(TestDatabase.rows("select 1 from account where email = ?", email).isEmpty());
  }

  @Test
  void theUsernameComesFromTheNameAccentFoldedAndIsUnique() {
    String name = "José Núñez " + UUID.randomUUID().toString().substring(0, 6);
    String expected =
        name.toLowerCase().replace("é", "e").replace("ú", "u").replace("ñ", "n").replace(" ", "-");
    String first = usernameOf(registerNamed(name));
    String second = usernameOf(registerNamed(name));
    assertEquals(expected, first);
    assertNotEquals(first, second);
    assertTrue(second.matches(expected + "-[a-z0-9]{4}"), second);
  }

  @Test
  void concurrentRegistrationsOfOneNameGetDistinctUsernames() throws Exception {
    String name = "Racer " + UUID.randomUUID().toString().substring(0, 8);
    int racers = 8;
    ExecutorService pool = Executors.newFixedThreadPool(racers);
    try {
      List<Callable<String>> calls = new ArrayList<>();
      for (int i = 0; i < racers; i++) {
        calls.add(() -> usernameOf(registerNamed(name)));
      }
      Set<String> usernames = new HashSet<>();
      for (Future<String> username : pool.invokeAll(calls)) {
        usernames.add(username.get());
      }
      assertEquals(racers, usernames.size(), usernames.toString());
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void theOwnerChangesTheUsernameUntilItIsLocked() throws Exception {
    TestAccounts.Registered user = TestAccounts.register();
    TestAccounts.Registered other = TestAccounts.register();
    String wanted = "shop-" + UUID.randomUUID().toString().substring(0, 8);

    changeUsername(user.token(), wanted.toUpperCase())
        .then()
        .statusCode(200)
        .body("username", equalTo(wanted))
        .body("usernameLocked", equalTo(false));
    changeUsername(user.token(), wanted).then().statusCode(200); // the same again: nothing to do
    changeUsername(other.token(), wanted)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", equalTo("This username is taken"));

    TestDatabase.rows(
        "update account set username_locked_at = now() where id = ?::uuid returning id",
        user.userId());
    changeUsername(user.token(), wanted + "-2")
        .then()
        .statusCode(409)
        .body("detail", equalTo("The username is fixed: one of the account's stores is public"));
    TestAccounts.profile(user.token()).then().body("usernameLocked", equalTo(true));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ab",
        "has space",
        "-edge",
        "edge-",
        "two--hyphens",
        "ñandú",
        "admin",
        "api",
        "www"
      })
  void malformedOrReservedUsernamesAreRefused(String wanted) {
    TestAccounts.Registered user = TestAccounts.register();
    changeUsername(user.token(), wanted)
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }

  @Test
  void changingAUsernameNeedsASignedInCallerAndAName() {
    given(VitaTestServer.api())
        .contentType("application/json")
        .body(Map.of("username", "nobody-here"))
        .put(USERNAME)
        .then()
        .statusCode(401);
    TestAccounts.Registered user = TestAccounts.register();
    given(VitaTestServer.api())
        .auth()
        .oauth2(user.token())
        .contentType("application/json")
        .body("{}")
        .put(USERNAME)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("username"));
  }

  private static String registerNamed(String name) {
    return post(
            REGISTER,
            Map.of(
                "email",
                TestAccounts.freshEmail(),
                "password",
                TestAccounts.PASSWORD,
                "name",
                name))
        .then()
        .statusCode(201)
        .extract()
        .path("token");
  }

  private static String usernameOf(String token) {
    return TestAccounts.profile(token).then().statusCode(200).extract().path("username");
  }

  private static Response changeUsername(String token, String username) {
    return given(VitaTestServer.api())
        .auth()
        .oauth2(token)
        .contentType("application/json")
        .body(Map.of("username", username))
        .put(USERNAME);
  }

  private static Response post(String path, Map<String, String> body) {
    return given(VitaTestServer.api()).contentType("application/json").body(body).post(path);
  }
}
