package com.vita.shipping.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

  private static final Instant NOW = Instant.parse("2026-12-01T15:00:00Z");
  private static final long T = NOW.getEpochSecond();
  private static final byte[] BODY = "{\"eventId\":\"e1\"}".getBytes(StandardCharsets.UTF_8);

  private final WebhookSignature signature =
      new WebhookSignature("s3cret", Duration.ofSeconds(300));

  @Test
  void theKnownVectorMatches() {
    // printf '1796137200.{"eventId":"e1"}' | openssl dgst -sha256 -hmac s3cret
    assertEquals(
        "dcf212e0bc5a31ee441d3d8d46ebadffcc084e08aa4f06fb9069fa9adac50cae",
        signature.sign(T, BODY));
    assertEquals(Optional.empty(), signature.refusal(BODY, signature.header(T, BODY), NOW));
  }

  @Test
  void withinTheToleranceEitherWayItHolds() {
    assertEquals(Optional.empty(), signature.refusal(BODY, signature.header(T - 300, BODY), NOW));
    assertEquals(Optional.empty(), signature.refusal(BODY, signature.header(T + 300, BODY), NOW));
  }

  @Test
  void staleForgedOrTamperedDeliveriesAreRefused() {
    assertRefused(signature.header(T - 301, BODY), BODY);
    assertRefused(signature.header(T + 301, BODY), BODY);
    assertRefused(new WebhookSignature("other", Duration.ofSeconds(300)).header(T, BODY), BODY);
    assertRefused(
        signature.header(T, BODY), "{\"eventId\":\"e2\"}".getBytes(StandardCharsets.UTF_8));
    // the timestamp is signed: a fresh t with an old signature does not pass
    assertRefused("t=" + T + ",v1=" + signature.sign(T - 1000, BODY), BODY);
    assertRefused("v1=" + signature.sign(T, BODY), BODY);
    assertRefused("t=" + T, BODY);
    assertRefused("t=abc,v1=" + signature.sign(T, BODY), BODY);
    assertRefused(null, BODY);
  }

  @Test
  void aRotatedSecretPassesWithEitherSignature() {
    String old = new WebhookSignature("old", Duration.ofSeconds(300)).sign(T, BODY);
    String header = "t=" + T + ",v1=" + old + ",v1=" + signature.sign(T, BODY);
    assertEquals(Optional.empty(), signature.refusal(BODY, header, NOW));
  }

  @Test
  void withoutASecretEverythingIsRefused() {
    WebhookSignature none = new WebhookSignature("", Duration.ofSeconds(300));
    assertTrue(none.refusal(BODY, signature.header(T, BODY), NOW).isPresent());
  }

  private void assertRefused(String header, byte[] body) {
    assertTrue(signature.refusal(body, header, NOW).isPresent(), header);
  }
}
