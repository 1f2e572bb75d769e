package com.vita.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vita.platform.mail.MapConfig;
import com.vita.platform.production.MissingSetting;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutboxSettingsTest {

  @Test
  void withoutAQueueEventsAreDeliveredInProcessAndProductionIsToldWhy() {
    OutboxSettings settings =
        OutboxSettings.from(new MapConfig(Map.of("outbox.sqs.queue-url", " ")));

    assertFalse(settings.usesSqs(), "blank is unset");
    assertEquals(20, settings.waitSeconds());
    assertEquals(30, settings.visibilityTimeoutSeconds());
    assertEquals(100, settings.batchSize());
    assertEquals(5, settings.inProcessMaxAttempts());
    assertTrue(settings.consumerEnabled());
    InProcessDeliveryFallback fallback = new InProcessDeliveryFallback();
    fallback.config = new MapConfig(Map.of());
    List<MissingSetting> missing = fallback.missingSettings();
    assertEquals(1, missing.size());
    assertEquals("OUTBOX_SQS_QUEUE_URL", missing.get(0).variable());
  }

  @Test
  void aQueueUrlMeansSqsAndNoFallback() {
    Map<String, String> values =
        Map.of(
            "outbox.sqs.queue-url", "http://127.0.0.1:9324/000000000000/vita-order-events.fifo",
            "outbox.sqs.endpoint", "http://127.0.0.1:9324",
            "outbox.sqs.region", "us-east-1",
            "outbox.sqs.wait-seconds", "5",
            "outbox.sqs.consumer-enabled", "false");
    OutboxSettings settings = OutboxSettings.from(new MapConfig(values));

    assertTrue(settings.usesSqs());
    assertEquals("us-east-1", settings.region());
    assertEquals("http://127.0.0.1:9324", settings.endpoint().toString());
    assertEquals(5, settings.waitSeconds());
    assertFalse(settings.consumerEnabled());
    InProcessDeliveryFallback fallback = new InProcessDeliveryFallback();
    fallback.config = new MapConfig(values);
    assertEquals(List.of(), fallback.missingSettings());
  }

  @Test
  void theBackoffDoublesFromTheBaseUpToTheMaximum() {
    OutboxSettings settings =
        OutboxSettings.from(
            new MapConfig(Map.of("outbox.retry.base-ms", "1000", "outbox.retry.max-ms", "5000")));

    assertEquals(Duration.ofSeconds(1), settings.backoff(1));
    assertEquals(Duration.ofSeconds(2), settings.backoff(2));
    assertEquals(Duration.ofSeconds(4), settings.backoff(3));
    assertEquals(Duration.ofSeconds(5), settings.backoff(4));
    assertEquals(Duration.ofSeconds(5), settings.backoff(1000), "no overflow after many tries");
  }

  @Test
  void settingsOutsideTheirRangeStopTheDeployment() {
    assertThrows(
        IllegalArgumentException.class,
        () -> OutboxSettings.from(new MapConfig(Map.of("outbox.sqs.wait-seconds", "21"))));
    assertThrows(
        IllegalArgumentException.class,
        () -> OutboxSettings.from(new MapConfig(Map.of("outbox.dispatch.batch-size", "0"))));
  }
}
