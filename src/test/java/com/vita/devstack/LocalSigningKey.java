package com.vita.devstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * The access-token key pair of a local run: generated on first start into the git-ignored data
 * folder and reused after, so tokens survive restarts. Never used when the environment already
 * names a signing key (production gets its key from a secrets manager).
 */
public final class LocalSigningKey {

  private LocalSigningKey() {}

  /**
   * The variables that point VITA at the local key pair, or none when keys are configured or in
   * production ({@code VITA_ENV=production}), which must bring its own.
   */
  public static Map<String, String> environment(Path keyDir) throws IOException {
    Map<String, String> environment = new HashMap<>();
    if (LocalSettings.get("JWT_SIGNING_KEY") != null
        || LocalSettings.get("JWT_SIGNING_KEY_LOCATION") != null
        || "production".equalsIgnoreCase(LocalSettings.get("VITA_ENV"))) {
      return environment;
    }
    Path privateKey = keyDir.resolve("jwt-signing-key.pem");
    Path publicKey = keyDir.resolve("jwt-public-key.pem");
    if (!Files.exists(privateKey) || !Files.exists(publicKey)) {
      generate(privateKey, publicKey);
    }
    environment.put("JWT_SIGNING_KEY_LOCATION", privateKey.toAbsolutePath().toString());
    environment.put(
        "MP_JWT_VERIFY_PUBLICKEY_LOCATION", publicKey.toAbsolutePath().toUri().toString());
    return environment;
  }

  /** The private key of the local pair, PEM, for tests that mint their own tokens. */
  public static Path privateKeyIn(Path keyDir) {
    return keyDir.resolve("jwt-signing-key.pem");
  }

  /** A fresh RSA key pair, for tests that need a key VITA does not trust. */
  public static KeyPair newKeyPair() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Reads a PKCS#8 PEM private key and derives its public half. */
  public static KeyPair read(Path privateKeyPem) throws IOException {
    try {
      String base64 =
          Files.readString(privateKeyPem)
              .replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "")
              .replaceAll("\\s", "");
      KeyFactory rsa = KeyFactory.getInstance("RSA");
      RSAPrivateCrtKey privateKey =
          (RSAPrivateCrtKey)
              rsa.generatePrivate(
                  new java.security.spec.PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
      return new KeyPair(
          rsa.generatePublic(
              new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent())),
          privateKey);
    } catch (GeneralSecurityException e) {
      throw new IOException("Not an RSA PKCS#8 key: " + privateKeyPem, e);
    }
  }

  private static void generate(Path privateKey, Path publicKey) throws IOException {
    Files.createDirectories(privateKey.getParent());
    KeyPair pair = newKeyPair();
    Files.writeString(privateKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
    Files.setPosixFilePermissions(privateKey, PosixFilePermissions.fromString("rw-------"));
    Files.writeString(publicKey, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
  }

  private static String pem(String type, byte[] der) {
    String body =
        Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
    return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
  }
}
