package com.vita.payments.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A callback's sign and timestamp, on a clock the test holds (the nonce is the IT's). */
class CregisCallbacksTest {

  static final String KEY = "project-key";
  static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

  static CregisCallbacks callbacks(String apiKey, String webhookSecret) {
    CregisSettings settings = new CregisSettings();
    settings.apiKey = Optional.ofNullable(apiKey);
    settings.webhookSecret = Optional.ofNullable(webhookSecret);
    settings.toleranceSeconds = 300;
    CregisCallbacks callbacks = new CregisCallbacks();
    callbacks.settings = settings;
    callbacks.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    return callbacks;
  }

  static String body(long timestamp, String key) {
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("pid", 1382528827416576L)
            .add("cid", 1232323423432423L)
            .add("address", "TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS")
            .add("amount", "1.2")
            .add("status", 1)
            .add("nonce", "ubqso3")
            .add("timestamp", timestamp);
    JsonObject unsigned = body.build();
    return Json.createObjectBuilder(unsigned)
        .add("sign", CregisSigner.sign(CregisSigner.paramsOf(unsigned), key))
        .build()
        .toString();
  }

  @Test
  void aSignedCallbackWithinTheToleranceVerifies() {
    CregisCallback callback =
        callbacks(KEY, null).verify(body(NOW.minusSeconds(300).toEpochMilli(), KEY));
    assertEquals("1232323423432423", callback.text("cid"));
    assertEquals(1, callback.status());
    callbacks(KEY, null).verify(body(NOW.plusSeconds(299).toEpochMilli(), KEY));
  }

  @Test
  void aTimestampOverTheToleranceEitherSideIsRefused() {
    for (Instant at : new Instant[] {NOW.minusSeconds(301), NOW.plusSeconds(301)}) {
      InvalidWebhook refused =
          assertThrows(
              InvalidWebhook.class,
              () -> callbacks(KEY, null).verify(body(at.toEpochMilli(), KEY)));
      assertTrue(refused.getMessage().contains("timestamp"), refused.getMessage());
    }
  }

  @Test
  void anotherKeysSignOrNoKeyIsRefused() {
    String body = body(NOW.toEpochMilli(), KEY);
    assertThrows(InvalidWebhook.class, () -> callbacks("other", null).verify(body));
    assertThrows(InvalidWebhook.class, () -> callbacks(null, null).verify(body));
    assertThrows(InvalidWebhook.class, () -> callbacks(KEY, null).verify("not json"));
  }

  @Test
  void theWebhookSecretWhenSetIsTheKey() {
    callbacks("api-key", KEY).verify(body(NOW.toEpochMilli(), KEY));
    assertThrows(
        InvalidWebhook.class,
        () -> callbacks(KEY, "another").verify(body(NOW.toEpochMilli(), KEY)));
  }
}
