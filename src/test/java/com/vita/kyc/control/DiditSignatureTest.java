package com.vita.kyc.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DiditSignatureTest {

  private static final Instant NOW = Instant.parse("2026-01-01T12:00:00Z");
  private final DiditSignature signature = new DiditSignature("secret", Duration.ofSeconds(300));
  private final byte[] body =
      "{\"session_id\":\"s-1\",\"status\":\"Approved\",\"name\":\"José\"}"
          .getBytes(StandardCharsets.UTF_8);

  private String now() {
    return Long.toString(NOW.getEpochSecond());
  }

  @Test
  void isTheHexHmacSha256OfTheRawBody() {
    // echo -n 'abc' | openssl dgst -sha256 -hmac secret
    assertEquals(
        "9946dad4e00e913fc8be8e5d3f7e110a4a9e832f83fb09c345285d78638d8a0e",
        signature.sign("abc".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void acceptsTheRightSignatureWithinTheTolerance() {
    assertEquals(Optional.empty(), signature.refusal(body, signature.sign(body), now(), NOW));
    String early = Long.toString(NOW.getEpochSecond() + 299);
    assertEquals(Optional.empty(), signature.refusal(body, signature.sign(body), early, NOW));
  }

  @Test
  void refusesAnythingElse() {
    String good = signature.sign(body);
    byte[] changed =
        "{\"session_id\":\"s-1\",\"status\":\"Approved\",\"name\":\"Jos\\u00e9\"}"
            .getBytes(StandardCharsets.UTF_8);
    assertTrue(signature.refusal(changed, good, now(), NOW).isPresent(), "re-encoded body");
    assertTrue(signature.refusal(body, null, now(), NOW).isPresent(), "no signature");
    assertTrue(signature.refusal(body, good, null, NOW).isPresent(), "no timestamp");
    assertTrue(signature.refusal(body, good, "yesterday", NOW).isPresent(), "not a number");
    String stale = Long.toString(NOW.getEpochSecond() - 301);
    assertTrue(signature.refusal(body, good, stale, NOW).isPresent(), "stale");
    assertTrue(
        new DiditSignature("other", Duration.ofSeconds(300))
            .refusal(body, good, now(), NOW)
            .isPresent(),
        "other secret");
    assertTrue(
        new DiditSignature("", Duration.ofSeconds(300)).refusal(body, good, now(), NOW).isPresent(),
        "no secret configured: nothing is accepted");
  }
}
