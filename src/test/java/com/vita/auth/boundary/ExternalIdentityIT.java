package com.vita.auth.boundary;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.vita.devstack.LocalSigningKey;
import com.vita.testing.FakeOidcIssuer;
import com.vita.testing.TestAccounts;
import com.vita.testing.TestDatabase;
import com.vita.testing.VitaTestServer;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Tokens of an external OIDC issuer (a fake Cognito with a key pair of its own) are exchanged for
 * VITA's tokens, and every token that issuer did not sign for VITA, now, is refused alike.
 */
class ExternalIdentityIT {

  private static final String EXCHANGE = "/api/v1/auth/token-exchange";
  private static final String PROFILE = "/api/v1/auth/profile";
  private static final String NOT_VALID = "The external token is not valid";

  private static FakeOidcIssuer cognito() {
    return VitaTestServer.externalIssuer();
  }

  private static JWTClaimsSet.Builder claims(String email, String... groups) {
    return cognito().accessTokenClaims(email, List.of(groups));
  }

  private static ValidatableResponse exchange(String subjectToken) {
    return given(VitaTestServer.api())
        .contentType("application/json")
        .body(Map.of("subjectToken", subjectToken))
        .post(EXCHANGE)
        .then();
  }

  private static void refused(String subjectToken) {
    exchange(subjectToken)
        .statusCode(401)
        .contentType("application/problem+json")
        .body("type", equalTo("https://vita.dev/problems/unauthorized"))
        .body("detail", equalTo(NOT_VALID));
  }

  @Test
  void anAdminOfTheExternalIssuerBecomesAVitaAdmin() throws SQLException {
    String email = TestAccounts.freshEmail();
    JsonPath tokens =
        exchange(cognito().mint(claims(email.toUpperCase(), "Admin", "beta-testers").build()))
            .statusCode(200)
            .body("tokenType", equalTo("Bearer"))
            .extract()
            .jsonPath();
    String accessToken = tokens.getString("token");

    given(VitaTestServer.api())
        .auth()
        .oauth2(accessToken)
        .get(PROFILE)
        .then()
        .statusCode(200)
        .body("userId", equalTo(tokens.getString("userId")))
        .body("email", equalTo(email))
        .body("emailVerified", equalTo(true)) // the issuer said email_verified
        .body("roles", containsInAnyOrder("admin", "buyer"));

    TestAccounts.Registered other = TestAccounts.register();
    given(VitaTestServer.api())
        .auth()
        .oauth2(accessToken)
        .contentType("application/json")
        .body(Map.of("roles", List.of("seller")))
        .put("/api/v1/admin/accounts/" + other.userId() + "/roles")
        .then()
        .statusCode(200)
        .body("roles", hasItem("seller"));

    String userId = tokens.getString("userId");
    for (String action : List.of("auth.token.exchange", "auth.role.change")) {
      assertFalse(
          TestDatabase.rows(
                  "select 1 from audit_event where action = ? and subject = ?", action, userId)
              .isEmpty(),
          action + " is in the audit log");
    }
  }

  @Test
  void anAccountRegisteredWithAPasswordIsFoundByItsEmail() {
    TestAccounts.Registered registered = TestAccounts.register();
    exchange(cognito().mint(claims(registered.email()).build()))
        .statusCode(200)
        .body("userId", equalTo(registered.userId()));
  }

  @Test
  void anUnverifiedRegistrantLosesThePasswordWhenTheIssuerProvesTheAddress() {
    // Someone registered the address with a password of their choice and never verified it...
    TestAccounts.Registered squatter = TestAccounts.register();
    String token =
        exchange(cognito().mint(claims(squatter.email()).build()))
            .statusCode(200)
            .extract()
            .path("token");
    // ...the owner signs in through the issuer: the address is verified, the password and the
    // registrant's sessions end.
    TestAccounts.profile(token).then().statusCode(200).body("emailVerified", equalTo(true));
    AuthFlowIT.post(
            "/api/v1/auth/login",
            Map.of("email", squatter.email(), "password", TestAccounts.PASSWORD))
        .statusCode(401);
    AuthFlowIT.post("/api/v1/auth/refresh", Map.of("refreshToken", squatter.refreshToken()))
        .statusCode(401);
    TestAccounts.profile(squatter.token()).then().statusCode(401);
  }

  @Test
  void aVerifiedAccountKeepsItsPasswordThroughAnExchange() throws Exception {
    TestAccounts.Registered owner = TestAccounts.register();
    TestAccounts.verify(owner);
    exchange(cognito().mint(claims(owner.email()).build())).statusCode(200);
    TestAccounts.loggedInToken(VitaTestServer.api(), owner);
  }

  @Test
  void theSameEmailIsTheSameAccountAndItsRolesFollowTheIssuer() {
    String email = TestAccounts.freshEmail();
    String first =
        exchange(cognito().mint(claims(email, "SELLER").build()))
            .statusCode(200)
            .extract()
            .path("userId");
    JsonPath second =
        exchange(cognito().mint(claims(email).build())).statusCode(200).extract().jsonPath();
    assertEquals(first, second.getString("userId"));
    given(VitaTestServer.api())
        .auth()
        .oauth2(second.getString("token"))
        .get(PROFILE)
        .then()
        .statusCode(200)
        .body("roles", containsInAnyOrder("buyer"));
  }

  @Test
  void aSellerMadeByVitaStaysASellerAcrossExchanges() {
    TestAccounts.Registered buyer = TestAccounts.register();
    given(VitaTestServer.api())
        .auth()
        .oauth2(buyer.token())
        .post("/api/v1/auth/seller")
        .then()
        .statusCode(200);
    String token = exchange(cognito().mint(claims(buyer.email()).build())).extract().path("token");
    given(VitaTestServer.api())
        .auth()
        .oauth2(token)
        .get(PROFILE)
        .then()
        .statusCode(200)
        .body("roles", containsInAnyOrder("buyer", "seller"));
  }

  @Test
  void aTokenThatDoesNotSayTheEmailIsVerifiedIsRefused() {
    refused(
        cognito().mint(claims(TestAccounts.freshEmail()).claim("email_verified", null).build()));
    refused(
        cognito().mint(claims(TestAccounts.freshEmail()).claim("email_verified", false).build()));
  }

  @Test
  void theRefreshTokenOfAnExchangeWorksLikeALoginOne() {
    String refresh =
        exchange(cognito().mint(claims(TestAccounts.freshEmail()).build()))
            .statusCode(200)
            .extract()
            .path("refreshToken");
    given(VitaTestServer.api())
        .contentType("application/json")
        .body(Map.of("refreshToken", refresh))
        .post("/api/v1/auth/refresh")
        .then()
        .statusCode(200);
  }

  @Test
  void aTokenSignedByAnotherKeyWithTheIssuersKidIsRefused() {
    refused(
        FakeOidcIssuer.sign(
            LocalSigningKey.newKeyPair().getPrivate(),
            FakeOidcIssuer.KEY_ID,
            claims(TestAccounts.freshEmail(), "admin").build()));
  }

  @Test
  void aTokenSignedByAnotherKeyWithoutKidIsRefused() {
    refused(
        FakeOidcIssuer.sign(
            LocalSigningKey.newKeyPair().getPrivate(),
            null,
            claims(TestAccounts.freshEmail(), "admin").build()));
  }

  @Test
  void aTokenOfAnotherIssuerIsRefused() {
    refused(
        cognito()
            .mint(
                claims(TestAccounts.freshEmail())
                    .issuer("https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Other")
                    .build()));
  }

  @Test
  void anExpiredTokenIsRefused() {
    Date past = Date.from(Instant.now().minusSeconds(3600));
    refused(
        cognito()
            .mint(claims(TestAccounts.freshEmail()).issueTime(past).expirationTime(past).build()));
  }

  @Test
  void aTokenForAnotherClientIsRefused() {
    refused(
        cognito().mint(claims(TestAccounts.freshEmail()).claim("client_id", "someone").build()));
  }

  @Test
  void aRefreshTokenUseIsRefused() {
    refused(
        cognito().mint(claims(TestAccounts.freshEmail()).claim("token_use", "refresh").build()));
  }

  @Test
  void anUnsignedTokenIsRefused() {
    refused(
        new PlainJWT(
                new PlainHeader.Builder().type(JOSEObjectType.JWT).build(),
                claims(TestAccounts.freshEmail(), "admin").build())
            .serialize());
  }

  @Test
  void aTokenWithoutEmailIsRefused() {
    refused(cognito().mint(claims(TestAccounts.freshEmail()).claim("email", null).build()));
  }

  @Test
  void garbageIsRefused() {
    refused("not-a-jwt");
  }

  @Test
  void aMalformedBodyIsABadRequest() {
    given(VitaTestServer.api())
        .contentType("application/json")
        .body("{\"subjectToken\": ")
        .post(EXCHANGE)
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    given(VitaTestServer.api())
        .contentType("application/json")
        .body(Map.of("other", "x"))
        .post(EXCHANGE)
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }

  @Test
  void anExternalTokenIsNeverABearerTokenOfVita() {
    given(VitaTestServer.api())
        .auth()
        .oauth2(cognito().mint(claims(TestAccounts.freshEmail(), "admin").build()))
        .get(PROFILE)
        .then()
        .statusCode(401);
  }
}
