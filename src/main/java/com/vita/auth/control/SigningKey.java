package com.vita.auth.control;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The RSA key VITA signs access tokens with, from configuration: a PKCS#8 PEM given inline ({@code
 * JWT_SIGNING_KEY}, e.g. from a secrets manager) or as a file ({@code JWT_SIGNING_KEY_LOCATION}).
 * The public half is published as a JWK set; MicroProfile JWT verifies with the same public key
 * ({@code mp.jwt.verify.publickey.location}).
 */
@ApplicationScoped
public class SigningKey {

  @Inject
  @ConfigProperty(name = "jwt.signing-key")
  Optional<String> inlinePem;

  @Inject
  @ConfigProperty(name = "jwt.signing-key.location")
  Optional<String> pemLocation;

  private RSAKey key;

  @PostConstruct
  void load() {
    String pem =
        inlinePem
            .filter(s -> !s.isBlank())
            .orElseGet(
                () ->
                    pemLocation
                        .filter(s -> !s.isBlank())
                        .map(SigningKey::read)
                        .orElseThrow(
                            () ->
                                new IllegalStateException(
                                    "No JWT signing key: set JWT_SIGNING_KEY or"
                                        + " JWT_SIGNING_KEY_LOCATION (see docs/configuration.md)")));
    key = rsaKeyFrom(pem);
  }

  public RSAKey rsaKey() {
    return key;
  }

  /** The JWK set clients and other services verify VITA's tokens with. */
  public String publicJwkSet() {
    return new JWKSet(key.toPublicJWK()).toString();
  }

  static RSAKey rsaKeyFrom(String pem) {
    try {
      String base64 = pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
      KeyFactory rsa = KeyFactory.getInstance("RSA");
      RSAPrivateCrtKey privateKey =
          (RSAPrivateCrtKey)
              rsa.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
      RSAPublicKey publicKey =
          (RSAPublicKey)
              rsa.generatePublic(
                  new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
      return new RSAKey.Builder(publicKey)
          .privateKey(privateKey)
          .keyUse(KeyUse.SIGNATURE)
          .keyIDFromThumbprint()
          .build();
    } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
      throw new IllegalStateException("The JWT signing key is not an RSA PKCS#8 PEM key", e);
    } catch (com.nimbusds.jose.JOSEException e) {
      throw new IllegalStateException("Cannot compute the signing key's id", e);
    }
  }

  private static String read(String location) {
    try {
      return Files.readString(Path.of(location.replaceFirst("^file:", "")));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the JWT signing key at " + location, e);
    }
  }
}
