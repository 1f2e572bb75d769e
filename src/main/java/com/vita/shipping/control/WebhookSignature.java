package com.vita.shipping.control;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A carrier webhook's signature, Stripe's scheme: the header {@code Vita-Signature: t=<unix
 * seconds>,v1=<hex>} where v1 is HMAC-SHA256, with the carrier's secret, of {@code t}, a dot and
 * the raw body bytes. Signing the timestamp with the body means a captured delivery cannot be sent
 * again later with a fresh one; the timestamp must be within the tolerance of now (either way:
 * clocks drift). Several v1 values are allowed, so a secret can be rotated; comparisons take
 * constant time.
 */
public final class WebhookSignature {

  private final byte[] secret;
  private final Duration tolerance;

  public WebhookSignature(String secret, Duration tolerance) {
    this.secret = secret.getBytes(StandardCharsets.UTF_8);
    this.tolerance = tolerance;
  }

  /** Why the delivery is not the carrier's, or empty when it is. */
  public Optional<String> refusal(byte[] body, String header, Instant now) {
    if (secret.length == 0) {
      return Optional.of("no webhook secret is configured");
    }
    if (header == null || header.isBlank()) {
      return Optional.of("signature header missing");
    }
    Long sentAt = null;
    List<String> signatures = new ArrayList<>();
    for (String part : header.split(",")) {
      String[] pair = part.strip().split("=", 2);
      if (pair.length != 2) {
        continue;
      }
      if (pair[0].equals("t")) {
        try {
          sentAt = Long.parseLong(pair[1].strip());
        } catch (NumberFormatException e) {
          return Optional.of("timestamp is not a number");
        }
      } else if (pair[0].equals("v1")) {
        signatures.add(pair[1].strip().toLowerCase(Locale.ROOT));
      }
    }
    if (sentAt == null || signatures.isEmpty()) {
      return Optional.of("timestamp or v1 signature missing");
    }
    if (Math.abs(now.getEpochSecond() - sentAt) > tolerance.toSeconds()) {
      return Optional.of("timestamp outside the tolerance");
    }
    byte[] expected = sign(sentAt, body).getBytes(StandardCharsets.US_ASCII);
    boolean matched = false;
    for (String signature : signatures) {
      // Constant time: how much of a guess matched must not show in how long the refusal takes.
      matched |= MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII));
    }
    return matched ? Optional.empty() : Optional.of("signature does not match");
  }

  /** The v1 signature for this timestamp and body (what a carrier, or a test, sends). */
  public String sign(long timestamp, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
      return HexFormat.of().formatHex(mac.doFinal(body));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The whole header for a delivery sent now. */
  public String header(long timestamp, byte[] body) {
    return "t=" + timestamp + ",v1=" + sign(timestamp, body);
  }
}
