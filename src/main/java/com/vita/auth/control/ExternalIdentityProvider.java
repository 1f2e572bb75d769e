package com.vita.auth.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.vita.auth.entity.EmailAddress;
import com.vita.platform.problems.NotFoundProblem;
import com.vita.platform.problems.ProblemException;
import com.vita.platform.problems.ProblemType;
import com.vita.platform.security.Role;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.text.ParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The external OpenID Connect issuer (Amazon Cognito) behind a translation layer: verifies its
 * RS256 tokens against its published JWK set and turns their claims into an {@link
 * ExternalIdentity}. Every reason a token is refused gets the same 401, so a caller cannot probe
 * which check failed; the reason is logged (never the token).
 */
@ApplicationScoped
public class ExternalIdentityProvider {

  private static final System.Logger LOG =
      System.getLogger(ExternalIdentityProvider.class.getName());

  static final String INVALID = "The external token is not valid";
  static final String NOT_CONFIGURED = "No external identity provider is configured";

  // Short: the JWK set is fetched while a sign-in waits, and it is cached after the first fetch.
  private static final int JWKS_TIMEOUT_MS = 2_000;
  private static final int JWKS_MAX_BYTES = 64 * 1024;
  private static final long CLOCK_SKEW_SECONDS = 30;
  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]{1,253}$");
  private static final Pattern UNSAFE_NAME = Pattern.compile("[\\p{Cntrl}<>]");
  private static final int NAME_MAX = 100;

  @Inject
  @ConfigProperty(name = "auth.external.issuer")
  Optional<String> issuer;

  @Inject
  @ConfigProperty(name = "auth.external.jwks-url")
  Optional<String> jwksUrl;

  @Inject
  @ConfigProperty(name = "auth.external.client-id")
  Optional<String> clientId;

  @Inject
  @ConfigProperty(name = "auth.external.groups-claim", defaultValue = "cognito:groups")
  String groupsClaim;

  DefaultJWTProcessor<SecurityContext> processor;

  @PostConstruct
  void prepare() {
    configuredIssuer().ifPresent(iss -> processor = processorFor(iss, keysAt(keySetUrl(iss))));
  }

  /** Whether an external issuer is configured at all. */
  public boolean isConfigured() {
    return processor != null;
  }

  /**
   * The identity a token of the external issuer proves.
   *
   * @throws NotFoundProblem when no external issuer is configured
   * @throws ProblemException 401 when the token is not one the issuer signed for VITA, now
   */
  public ExternalIdentity verify(String token) {
    if (processor == null) {
      throw new NotFoundProblem(NOT_CONFIGURED);
    }
    try {
      return translate(processor.process(token, null));
    } catch (ParseException | BadJOSEException | JOSEException e) {
      // JOSEException includes a JWK set that could not be fetched: still the caller's 401, and
      // the log says which it was.
      LOG.log(System.Logger.Level.INFO, "External token refused: {0}", e.getMessage());
      throw invalid();
    } catch (RuntimeException e) {
      // Input a parser did not expect: still the caller's fault, but worth a closer look.
      LOG.log(System.Logger.Level.WARNING, "External token refused by an unexpected error", e);
      throw invalid();
    }
  }

  ExternalIdentity translate(JWTClaimsSet claims) throws ParseException, BadJWTException {
    String email = claims.getStringClaim("email");
    if (email == null || !EMAIL.matcher(email.strip()).matches()) {
      throw new BadJWTException("no usable email claim");
    }
    // An address the issuer has not verified must not open the account that owns it: the claim
    // must be there and true (a missing claim is not a verified address).
    if (!Boolean.TRUE.equals(claims.getBooleanClaim("email_verified"))) {
      throw new BadJWTException("email_verified is not true");
    }
    EmailAddress address = EmailAddress.normalised(email);
    return new ExternalIdentity(
        claims.getSubject(),
        address,
        displayName(claims, address),
        rolesFrom(claims.getStringListClaim(groupsClaim)));
  }

  /** Groups named like VITA's roles (any case) become those roles; others are not VITA's. */
  static Set<Role> rolesFrom(List<String> groups) {
    Set<Role> roles = EnumSet.of(Role.BUYER);
    if (groups != null) {
      for (String group : groups) {
        for (Role role : Role.values()) {
          if (group != null && role.claim().equals(group.strip().toLowerCase(Locale.ROOT))) {
            roles.add(role);
          }
        }
      }
    }
    return roles;
  }

  static String displayName(JWTClaimsSet claims, EmailAddress email) throws ParseException {
    for (String candidate :
        new String[] {claims.getStringClaim("name"), claims.getStringClaim("cognito:username")}) {
      String cleaned = cleanName(candidate);
      if (!cleaned.isEmpty()) {
        return cleaned;
      }
    }
    return cleanName(email.value().substring(0, email.value().indexOf('@')));
  }

  private static String cleanName(String raw) {
    if (raw == null) {
      return "";
    }
    String cleaned = UNSAFE_NAME.matcher(raw).replaceAll("").strip();
    return cleaned.length() > NAME_MAX ? cleaned.substring(0, NAME_MAX).strip() : cleaned;
  }

  DefaultJWTProcessor<SecurityContext> processorFor(
      String expectedIssuer, JWKSource<SecurityContext> keySource) {
    DefaultJWTProcessor<SecurityContext> jwtProcessor = new DefaultJWTProcessor<>();
    // RS256 only: no "none", no HMAC (which would take the public key as a shared secret).
    jwtProcessor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keySource));
    jwtProcessor.setJWTClaimsSetVerifier(new ExternalClaimsVerifier(expectedIssuer, clientId()));
    return jwtProcessor;
  }

  private Optional<String> configuredIssuer() {
    return issuer.map(String::strip).filter(s -> !s.isEmpty());
  }

  private Optional<String> clientId() {
    return clientId.map(String::strip).filter(s -> !s.isEmpty());
  }

  private URL keySetUrl(String iss) {
    String url =
        jwksUrl
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .orElseGet(() -> iss.replaceAll("/+$", "") + "/.well-known/jwks.json");
    try {
      return URI.create(url).toURL();
    } catch (MalformedURLException | IllegalArgumentException e) {
      throw new IllegalStateException("auth.external.jwks-url is not a URL: " + url, e);
    }
  }

  /**
   * The issuer's keys, fetched with a short timeout and cached for 5 minutes; a token naming an
   * unknown key id refetches them at once, but at most every 30 s (Cognito rotates keys by
   * publishing the new one first, and a flood of made-up key ids must not become a flood of
   * fetches).
   */
  static JWKSource<SecurityContext> keysAt(URL url) {
    return JWKSourceBuilder.<SecurityContext>create(
            url, new DefaultResourceRetriever(JWKS_TIMEOUT_MS, JWKS_TIMEOUT_MS, JWKS_MAX_BYTES))
        .cache(JWKSourceBuilder.DEFAULT_CACHE_TIME_TO_LIVE, JWKS_TIMEOUT_MS)
        .refreshAheadCache(false) // it would fetch on threads the container does not manage
        .rateLimited(true)
        .retrying(false) // a failed fetch fails this sign-in fast; the next one tries again
        .build();
  }

  private static ProblemException invalid() {
    return new ProblemException(ProblemType.UNAUTHORIZED, INVALID);
  }

  /**
   * The claims Cognito's tokens must carry for VITA: its exact issuer, an expiry in the future, a
   * {@code token_use} of {@code access} or {@code id}, and, when a client id is configured, that
   * client: {@code client_id} in access tokens, {@code aud} in ID tokens.
   */
  static final class ExternalClaimsVerifier extends DefaultJWTClaimsVerifier<SecurityContext> {

    private final Optional<String> clientId;

    ExternalClaimsVerifier(String issuer, Optional<String> clientId) {
      super(
          null,
          new JWTClaimsSet.Builder().issuer(issuer).build(),
          Set.of("iss", "sub", "exp", "token_use"));
      this.clientId = clientId;
      setMaxClockSkew((int) CLOCK_SKEW_SECONDS);
    }

    @Override
    public void verify(JWTClaimsSet claims, SecurityContext context) throws BadJWTException {
      super.verify(claims, context);
      String tokenUse = stringClaim(claims, "token_use");
      if (!"access".equals(tokenUse) && !"id".equals(tokenUse)) {
        throw new BadJWTException("token_use is neither access nor id");
      }
      if (clientId.isEmpty()) {
        return;
      }
      boolean forVita =
          "access".equals(tokenUse)
              ? clientId.get().equals(stringClaim(claims, "client_id"))
              : claims.getAudience() != null && claims.getAudience().contains(clientId.get());
      if (!forVita) {
        throw new BadJWTException("token issued for another client");
      }
    }

    private static String stringClaim(JWTClaimsSet claims, String name) throws BadJWTException {
      try {
        return claims.getStringClaim(name);
      } catch (ParseException e) {
        throw new BadJWTException(name + " is not a string");
      }
    }
  }
}
