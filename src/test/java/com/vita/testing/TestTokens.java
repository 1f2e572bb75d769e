package com.vita.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.vita.devstack.LocalSigningKey;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Access tokens minted by the tests themselves: signed with the shared server's key (so VITA trusts
 * them), or with any other key, with whatever claims a test needs.
 */
public final class TestTokens {

  public static final String ISSUER = "https://vita.local";
  public static final String AUDIENCE = "vita-api";

  private TestTokens() {}

  /** A valid token for a made-up account with these roles. */
  public static String forRoles(String... roles) {
    return signed(trustedKey(), claims(UUID.randomUUID(), List.of(roles)).build());
  }

  /** A token whose claims a test has adjusted (issuer, audience, expiry...). */
  public static String with(UnaryOperator<JWTClaimsSet.Builder> change, String... roles) {
    return signed(trustedKey(), change.apply(claims(UUID.randomUUID(), List.of(roles))).build());
  }

  public static JWTClaimsSet.Builder claims(UUID subject, List<String> groups) {
    Instant now = Instant.now();
    return new JWTClaimsSet.Builder()
        .issuer(ISSUER)
        .audience(AUDIENCE)
        .subject(subject.toString())
        .claim("upn", subject + "@example.com")
        .claim("groups", groups)
        .jwtID(UUID.randomUUID().toString())
        .issueTime(Date.from(now))
        .expirationTime(Date.from(now.plus(Duration.ofMinutes(5))));
  }

  public static String signed(PrivateKey key, JWTClaimsSet claims) {
    try {
      // Payara's MicroProfile JWT insists on typ JWT, as VITA's own tokens carry it.
      SignedJWT jwt =
          new SignedJWT(
              new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).build(), claims);
      jwt.sign(new RSASSASigner(key));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The private key the shared server verifies tokens against (generated on its first start). */
  public static PrivateKey trustedKey() {
    return trustedKeyPair().getPrivate();
  }

  public static KeyPair trustedKeyPair() {
    VitaTestServer.stack(); // the key exists once the server has started
    try {
      return LocalSigningKey.read(
          LocalSigningKey.privateKeyIn(VitaTestServer.dataDir().resolve("keys")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The claims of a token as JSON, read without checking its signature. */
  public static JsonPath claimsOf(String jwt) {
    String payload = jwt.split("\\.")[1];
    return new JsonPath(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
  }
}
