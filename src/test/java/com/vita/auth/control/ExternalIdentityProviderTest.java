package com.vita.auth.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.vita.auth.entity.EmailAddress;
import com.vita.devstack.LocalSigningKey;
import com.vita.platform.problems.NotFoundProblem;
import com.vita.platform.problems.ProblemException;
import com.vita.platform.problems.ProblemType;
import com.vita.platform.security.Role;
import java.security.KeyPair;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Verification and claim translation of external tokens, with an in-memory JWK set. */
class ExternalIdentityProviderTest {

  private static final String ISSUER = "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_T";
  private static final KeyPair KEYS = LocalSigningKey.newKeyPair();

  private static ExternalIdentityProvider provider(Optional<String> clientId) {
    ExternalIdentityProvider provider = new ExternalIdentityProvider();
    provider.issuer = Optional.of(ISSUER);
    provider.jwksUrl = Optional.empty();
    provider.clientId = clientId;
    provider.groupsClaim = "cognito:groups";
    JWKSet keys =
        new JWKSet(new RSAKey.Builder((RSAPublicKey) KEYS.getPublic()).keyID("k1").build());
    provider.processor = provider.processorFor(ISSUER, new ImmutableJWKSet<>(keys));
    return provider;
  }

  private static JWTClaimsSet.Builder idToken() {
    Instant now = Instant.now();
    return new JWTClaimsSet.Builder()
        .issuer(ISSUER)
        .subject("abc-123")
        .audience("vita-client")
        .claim("token_use", "id")
        .claim("email", "  Ana@Example.COM ")
        .claim("email_verified", true)
        .claim("cognito:username", "ana")
        .claim("cognito:groups", List.of("Seller", "operators"))
        .expirationTime(Date.from(now.plus(Duration.ofMinutes(5))));
  }

  private static String signed(JWTClaimsSet claims) throws JOSEException {
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).keyID("k1").build(),
            claims);
    jwt.sign(new RSASSASigner(KEYS.getPrivate()));
    return jwt.serialize();
  }

  private static void refused(UnaryOperator<JWTClaimsSet.Builder> change) throws JOSEException {
    String token = signed(change.apply(idToken()).build());
    ProblemException problem =
        assertThrows(
            ProblemException.class, () -> provider(Optional.of("vita-client")).verify(token));
    assertEquals(ProblemType.UNAUTHORIZED, problem.type());
    assertEquals(ExternalIdentityProvider.INVALID, problem.getMessage());
  }

  @Test
  void anIdTokenForTheClientBecomesAnIdentity() throws JOSEException {
    ExternalIdentity identity =
        provider(Optional.of("vita-client")).verify(signed(idToken().build()));
    assertEquals(new EmailAddress("ana@example.com"), identity.email());
    assertEquals("ana", identity.displayName());
    assertEquals(Set.of(Role.BUYER, Role.SELLER), identity.roles());
    assertEquals("abc-123", identity.subject());
  }

  @Test
  void withoutAConfiguredClientAnyAudienceIsAccepted() throws JOSEException {
    provider(Optional.empty()).verify(signed(idToken().audience("another-client").build()));
  }

  @Test
  void anIdTokenForAnotherAudienceIsRefused() throws JOSEException {
    refused(c -> c.audience("another-client"));
  }

  @Test
  void anUnverifiedEmailIsRefused() throws JOSEException {
    refused(c -> c.claim("email_verified", false));
  }

  @Test
  void anEmailNotSaidToBeVerifiedIsRefused() throws JOSEException {
    refused(c -> c.claim("email_verified", null));
    refused(c -> c.claim("email_verified", "true")); // a string is not the boolean OIDC defines
  }

  @Test
  void aTokenWithoutExpiryIsRefused() throws JOSEException {
    refused(c -> c.expirationTime(null));
  }

  @Test
  void aTokenWithoutTokenUseIsRefused() throws JOSEException {
    refused(c -> c.claim("token_use", null));
  }

  @Test
  void anHmacTokenKeyedWithThePublicKeyIsRefused() throws JOSEException {
    SignedJWT jwt =
        new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).build(), idToken().build());
    jwt.sign(new MACSigner(Arrays.copyOf(KEYS.getPublic().getEncoded(), 64)));
    String token = jwt.serialize();
    assertThrows(ProblemException.class, () -> provider(Optional.of("vita-client")).verify(token));
  }

  @Test
  void withoutAnIssuerTheExchangeDoesNotExist() {
    ExternalIdentityProvider provider = new ExternalIdentityProvider();
    provider.issuer = Optional.empty();
    provider.jwksUrl = Optional.empty();
    provider.clientId = Optional.empty();
    provider.prepare();
    assertFalse(provider.isConfigured());
    assertThrows(NotFoundProblem.class, () -> provider.verify("anything"));
  }

  @Test
  void groupsMapToRolesWhateverTheirCaseAndBuyerAlways() {
    assertEquals(Set.of(Role.BUYER), ExternalIdentityProvider.rolesFrom(null));
    assertEquals(
        Set.of(Role.BUYER, Role.ADMIN, Role.SELLER),
        ExternalIdentityProvider.rolesFrom(List.of("ADMIN", "seller", "Staff", "admins")));
  }

  @Test
  void theNameFallsBackToTheEmailsLocalPart() throws Exception {
    JWTClaimsSet claims = new JWTClaimsSet.Builder().claim("name", " <>\u0007 ").build();
    assertEquals(
        "ana.s",
        ExternalIdentityProvider.displayName(claims, new EmailAddress("ana.s@example.com")));
    assertEquals(
        "Ana Silva",
        ExternalIdentityProvider.displayName(
            new JWTClaimsSet.Builder().claim("name", "Ana <Silva>").build(),
            new EmailAddress("x@example.com")));
  }
}
