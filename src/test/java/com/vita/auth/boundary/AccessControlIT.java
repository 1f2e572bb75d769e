package com.vita.auth.boundary;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.vita.devstack.LocalSigningKey;
import com.vita.testing.TestAccounts;
import com.vita.testing.TestMetrics;
import com.vita.testing.TestTokens;
import com.vita.testing.VitaTestServer;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who may call what, and which tokens VITA refuses, with tokens minted here. */
class AccessControlIT {

  private static final String PROFILE = "/api/v1/auth/profile";

  @Test
  void theProfileNeedsAToken() {
    given(VitaTestServer.api())
        .get(PROFILE)
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({"buyer, 403", "seller, 403", "admin, 200"})
  void onlyAdminsSetRoles(String role, int status) {
    TestAccounts.Registered target = TestAccounts.register();
    setRoles(TestTokens.forRoles(role), target.userId(), "seller").statusCode(status);
  }

  @Test
  void anonymousCallersCannotSetRoles() {
    given(VitaTestServer.api())
        .contentType("application/json")
        .body(Map.of("roles", List.of("admin")))
        .put("/api/v1/admin/accounts/" + UUID.randomUUID() + "/roles")
        .then()
        .statusCode(401);
  }

  @Test
  void anAdminGrantsRolesToOthersButNeverToThemself() {
    TestAccounts.Registered target = TestAccounts.register();
    UUID adminId = UUID.fromString(TestAccounts.register().userId());
    String adminToken =
        TestTokens.signed(
            TestTokens.trustedKey(), TestTokens.claims(adminId, List.of("admin")).build());
    setRoles(adminToken, target.userId(), "seller")
        .statusCode(200)
        .body("roles", hasItem("seller"))
        .body("roles", hasItem("buyer"));
    setRoles(adminToken, adminId, "admin").statusCode(403);
  }

  @Test
  void aDemotedAdminsEarlierTokenIsRefusedOnItsNextRequest() {
    TestAccounts.Registered promoted = TestAccounts.register();
    UUID adminId = UUID.fromString(TestAccounts.register().userId());
    String adminToken =
        TestTokens.signed(
            TestTokens.trustedKey(), TestTokens.claims(adminId, List.of("admin")).build());
    setRoles(adminToken, promoted.userId(), "admin").statusCode(200);
    String asAdmin = TestAccounts.loggedInToken(VitaTestServer.api(), promoted);
    // The promoted admin acts as one (on a third account: nobody changes their own roles)...
    setRoles(asAdmin, TestAccounts.register().userId(), "seller").statusCode(200);

    setRoles(adminToken, promoted.userId(), "buyer").statusCode(200);
    // ...and, demoted, cannot promote an accomplice with the token they still hold.
    setRoles(asAdmin, TestAccounts.register().userId(), "admin")
        .statusCode(401)
        .body("detail", equalTo("This access token was revoked"));
    refused(bearer(asAdmin));
    refused(bearer(promoted.token())); // issued before the promotion: also an earlier generation
    bearer(TestAccounts.loggedInToken(VitaTestServer.api(), promoted))
        .get(PROFILE)
        .then()
        .statusCode(200)
        .body("roles", containsInAnyOrder("buyer"));
  }

  @Test
  void aRealTokenOfTheAccountReadsItsProfile() {
    TestAccounts.Registered account = TestAccounts.register();
    given(VitaTestServer.api())
        .auth()
        .oauth2(account.token())
        .get(PROFILE)
        .then()
        .statusCode(200)
        .body("userId", equalTo(account.userId()));
  }

  @Test
  void anUnsignedTokenIsRefused() {
    String none =
        new PlainJWT(new PlainHeader.Builder().type(JOSEObjectType.JWT).build(), validClaims())
            .serialize();
    refused(given(VitaTestServer.api()).auth().oauth2(none));
  }

  @Test
  void aTokenSignedWithThePublicKeyAsAnHmacSecretIsRefused() throws JOSEException {
    byte[] publicKey = TestTokens.trustedKeyPair().getPublic().getEncoded();
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(),
            validClaims());
    jwt.sign(new MACSigner(publicKey));
    refused(given(VitaTestServer.api()).auth().oauth2(jwt.serialize()));
  }

  @Test
  void aTokenFromAnotherIssuerIsRefused() {
    refused(bearer(TestTokens.with(c -> c.issuer("https://evil.example"), "admin")));
  }

  @Test
  void aTokenForAnotherAudienceIsRefused() {
    refused(bearer(TestTokens.with(c -> c.audience("someone-else"), "admin")));
  }

  @Test
  void anExpiredTokenIsRefused() {
    Date past = Date.from(Instant.now().minusSeconds(3600));
    refused(bearer(TestTokens.with(c -> c.issueTime(past).expirationTime(past), "buyer")));
  }

  @Test
  void aTamperedPayloadIsRefused() {
    TestAccounts.Registered account = TestAccounts.register();
    String[] parts = account.token().split("\\.");
    String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
    String promoted = payload.replace("\"buyer\"", "\"admin\"");
    String forged =
        parts[0]
            + "."
            + Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(promoted.getBytes(StandardCharsets.UTF_8))
            + "."
            + parts[2];
    refused(bearer(forged));
  }

  @Test
  void anAdminClaimSignedByAKeyVitaDoesNotTrustIsRefused() {
    String foreign =
        TestTokens.signed(
            LocalSigningKey.newKeyPair().getPrivate(),
            TestTokens.claims(UUID.randomUUID(), List.of("admin")).build());
    setRoles(foreign, UUID.randomUUID(), "admin").statusCode(401);
  }

  @Test
  void refusedAndAcceptedTokensAreCounted() {
    String rejected = "auth_token_validations_total{mp_scope=\"application\",result=\"rejected\"}";
    String valid = "auth_token_validations_total{mp_scope=\"application\",result=\"valid\"}";
    double rejectedBefore = TestMetrics.value(rejected);
    double validBefore = TestMetrics.value(valid);
    refused(bearer(TestTokens.with(c -> c.issuer("https://evil.example"), "buyer")));
    given(VitaTestServer.api())
        .auth()
        .oauth2(TestAccounts.register().token())
        .get(PROFILE)
        .then()
        .statusCode(200);
    assertTrue(TestMetrics.value(rejected) >= rejectedBefore + 1, "rejected counted");
    assertTrue(TestMetrics.value(valid) >= validBefore + 1, "valid counted");
  }

  private static ValidatableResponse setRoles(String token, Object accountId, String role) {
    return given(VitaTestServer.api())
        .auth()
        .oauth2(token)
        .contentType("application/json")
        .body(Map.of("roles", List.of(role)))
        .put("/api/v1/admin/accounts/" + accountId + "/roles")
        .then();
  }

  private static JWTClaimsSet validClaims() {
    return TestTokens.claims(UUID.randomUUID(), List.of("admin")).build();
  }

  private static RequestSpecification bearer(String token) {
    return given(VitaTestServer.api()).auth().oauth2(token);
  }

  private static void refused(RequestSpecification request) {
    request.get(PROFILE).then().statusCode(401);
  }
}
