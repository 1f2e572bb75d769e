package com.vita.auth.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.vita.auth.entity.Account;
import com.vita.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Issues RS256 access tokens with the claims MicroProfile JWT expects ({@code iss}, {@code aud},
 * {@code sub}, {@code upn}, {@code groups}, {@code jti}) plus the claims other components
 * contribute ({@code kyc}, {@code kyb}: {@link ComponentClaims}). Issuer and audience are the very
 * keys MicroProfile JWT verifies against, so the two cannot drift apart.
 */
@ApplicationScoped
public class AccessTokens {

  /** The account's token generation when the token was issued ({@link AccessTokenStanding}). */
  public static final String GENERATION_CLAIM = "gen";

  /** Whether the account's address was verified when the token was issued (OIDC's claim name). */
  public static final String EMAIL_VERIFIED_CLAIM = "email_verified";

  @Inject SigningKey signingKey;
  @Inject ComponentClaims componentClaims;

  @Inject
  @ConfigProperty(name = "mp.jwt.verify.issuer")
  String issuer;

  @Inject
  @ConfigProperty(name = "mp.jwt.verify.audiences")
  String audience;

  @Inject
  @ConfigProperty(name = "jwt.access-token.ttl-seconds", defaultValue = "900")
  long ttlSeconds;

  public Duration lifetime() {
    return Duration.ofSeconds(ttlSeconds);
  }

  public String issueFor(Account account, Instant now) {
    JWTClaimsSet.Builder claims =
        new JWTClaimsSet.Builder()
            .issuer(issuer)
            .audience(audience.split(",")[0].trim())
            .subject(account.id().toString())
            .claim("upn", account.email().value())
            .claim("groups", account.roles().stream().map(Role::claim).sorted().toList())
            .claim(GENERATION_CLAIM, account.tokenGeneration())
            .claim(EMAIL_VERIFIED_CLAIM, account.isEmailVerified())
            .jwtID(UUID.randomUUID().toString())
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plus(lifetime())));
    componentClaims.of(account.id()).forEach(claims::claim);
    try {
      SignedJWT jwt =
          new SignedJWT(
              new JWSHeader.Builder(JWSAlgorithm.RS256)
                  .type(JOSEObjectType.JWT)
                  .keyID(signingKey.rsaKey().getKeyID())
                  .build(),
              claims.build());
      jwt.sign(new RSASSASigner(signingKey.rsaKey()));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException("Could not sign an access token", e);
    }
  }
}
