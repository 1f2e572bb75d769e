package com.vita.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import com.vita.devstack.FreePort;
import com.vita.devstack.LocalSigningKey;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * A stand-in for Amazon Cognito: an HTTP server on 127.0.0.1 that publishes the public half of its
 * own fresh RSA key pair at {@code /.well-known/jwks.json}, and mints RS256 tokens with it. VITA is
 * configured to trust it as its external issuer, and never sees its private key.
 */
public final class FakeOidcIssuer implements AutoCloseable {

  public static final String KEY_ID = "fake-cognito-key-1";
  public static final String CLIENT_ID = "vita-test-client";

  private final KeyPair keys = LocalSigningKey.newKeyPair();
  private final HttpServer server;

  private FakeOidcIssuer(HttpServer server) {
    this.server = server;
  }

  public static FakeOidcIssuer start() throws IOException {
    HttpServer server =
        HttpServer.create(
            new InetSocketAddress(InetAddress.getLoopbackAddress(), FreePort.find()), 0);
    FakeOidcIssuer issuer = new FakeOidcIssuer(server);
    byte[] jwks =
        new JWKSet(
                new RSAKey.Builder((RSAPublicKey) issuer.keys.getPublic())
                    .keyID(KEY_ID)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .build())
            .toString()
            .getBytes(StandardCharsets.UTF_8);
    server.createContext(
        "/.well-known/jwks.json",
        exchange -> {
          exchange.getResponseHeaders().set("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, jwks.length);
          try (OutputStream body = exchange.getResponseBody()) {
            body.write(jwks);
          }
        });
    server.start();
    return issuer;
  }

  /** The issuer URL, as Cognito's {@code https://cognito-idp.<region>.amazonaws.com/<pool>}. */
  public String issuer() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/us-east-1_TestPool";
  }

  public String jwksUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/.well-known/jwks.json";
  }

  /** A Cognito-style access token for this e-mail and these groups, valid for five minutes. */
  public JWTClaimsSet.Builder accessTokenClaims(String email, List<String> groups) {
    Instant now = Instant.now();
    return new JWTClaimsSet.Builder()
        .issuer(issuer())
        .subject(UUID.randomUUID().toString())
        .claim("client_id", CLIENT_ID)
        .claim("token_use", "access")
        .claim("scope", "openid email")
        .claim("username", email)
        .claim("email", email)
        .claim("email_verified", true)
        .claim("cognito:groups", groups)
        .jwtID(UUID.randomUUID().toString())
        .issueTime(Date.from(now))
        .expirationTime(Date.from(now.plus(Duration.ofMinutes(5))));
  }

  /** Signs these claims with the issuer's key, as the issuer would. */
  public String mint(JWTClaimsSet claims) {
    return sign(keys.getPrivate(), KEY_ID, claims);
  }

  /** Signs with any key and key id (null: no kid), for tokens the issuer did not make. */
  public static String sign(PrivateKey key, String keyId, JWTClaimsSet claims) {
    try {
      SignedJWT jwt =
          new SignedJWT(
              new JWSHeader.Builder(JWSAlgorithm.RS256)
                  .type(JOSEObjectType.JWT)
                  .keyID(keyId)
                  .build(),
              claims);
      jwt.sign(new RSASSASigner(key));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
