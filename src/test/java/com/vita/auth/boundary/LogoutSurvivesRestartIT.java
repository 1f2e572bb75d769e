package com.vita.auth.boundary;

import static io.restassured.RestAssured.given;

import com.vita.devstack.PayaraMicroServer;
import com.vita.testing.Closing;
import com.vita.testing.OwnServer;
import com.vita.testing.TestAccounts;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A logged-out access token stays refused after a restart on an instance without Redis: the deny
 * list is in the database then, not in the process (where a restart used to bring the token back).
 */
class LogoutSurvivesRestartIT {

  private static final Map<String, String> WITHOUT_REDIS = Map.of("REDIS_URL", "");

  private static PayaraMicroServer server;

  @AfterAll
  static void stop() throws Exception {
    Closing.all(server);
  }

  @Test
  void aLoggedOutTokenIsStillRefusedAfterARestart() throws Exception {
    server = OwnServer.start("no-redis", WITHOUT_REDIS);
    TestAccounts.Registered user = TestAccounts.register(OwnServer.api(server));
    profile(user.token()).then().statusCode(200);
    given(OwnServer.api(server))
        .auth()
        .oauth2(user.token())
        .contentType("application/json")
        .body("{}")
        .post("/api/v1/auth/logout")
        .then()
        .statusCode(204);
    profile(user.token()).then().statusCode(401);

    server.close();
    server = OwnServer.start("no-redis", WITHOUT_REDIS);

    profile(user.token()).then().statusCode(401);
  }

  private static io.restassured.response.Response profile(String token) {
    return given(OwnServer.api(server)).auth().oauth2(token).get("/api/v1/auth/profile");
  }
}
