package com.vita.kyc.control;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * DIDIT's webhook signature: {@code X-Signature} is the hex HMAC-SHA256 of the raw body bytes with
 * the webhook secret, and {@code X-Timestamp} the Unix second it was sent, which must be within the
 * tolerance of now (either way: clocks drift). The body is checked exactly as received, before any
 * JSON parsing, because re-serialised JSON is not the bytes DIDIT signed.
 */
public final class DiditSignature {

  private final byte[] secret;
  private final Duration tolerance;

  public DiditSignature(String secret, Duration tolerance) {
    this.secret = secret.getBytes(StandardCharsets.UTF_8);
    this.tolerance = tolerance;
  }

  /** Why the delivery is not DIDIT's, or empty when it is. */
  public Optional<String> refusal(byte[] body, String signature, String timestamp, Instant now) {
    if (secret.length == 0) {
      return Optional.of("no webhook secret is configured");
    }
    if (signature == null || signature.isBlank() || timestamp == null || timestamp.isBlank()) {
      return Optional.of("signature or timestamp missing");
    }
    long sentAt;
    try {
      sentAt = Long.parseLong(timestamp.strip());
    } catch (NumberFormatException e) {
      return Optional.of("timestamp is not a number");
    }
    if (Math.abs(now.getEpochSecond() - sentAt) > tolerance.toSeconds()) {
      return Optional.of("timestamp outside the tolerance");
    }
    byte[] presented =
        signature.strip().toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
    byte[] expected = sign(body).getBytes(StandardCharsets.US_ASCII);
    // Constant time: how much of a guess matched must not show in how long the refusal takes.
    if (!MessageDigest.isEqual(expected, presented)) {
      return Optional.of("signature does not match");
    }
    return Optional.empty();
  }

  /** The signature DIDIT sends for this body (also what the tests' fake DIDIT uses). */
  public String sign(byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(body));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException(e);
    }
  }
}
