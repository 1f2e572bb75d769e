package com.vita.platform.outbox;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * How events leave ({@code outbox.*}, see docs/configuration.md). A queue URL means SQS FIFO, both
 * ways: the dispatcher sends to it and the consumer receives from it; without one, the dispatcher
 * delivers in process.
 */
record OutboxSettings(
    String queueUrl,
    String region,
    URI endpoint,
    boolean consumerEnabled,
    int waitSeconds,
    int visibilityTimeoutSeconds,
    int batchSize,
    Duration retryBase,
    Duration retryMax,
    int inProcessMaxAttempts) {

  static OutboxSettings from(Config config) {
    return new OutboxSettings(
        blankToNull(config.getOptionalValue("outbox.sqs.queue-url", String.class)),
        blankToNull(config.getOptionalValue("outbox.sqs.region", String.class)),
        Optional.ofNullable(
                blankToNull(config.getOptionalValue("outbox.sqs.endpoint", String.class)))
            .map(URI::create)
            .orElse(null),
        config.getOptionalValue("outbox.sqs.consumer-enabled", Boolean.class).orElse(true),
        between(
            config.getOptionalValue("outbox.sqs.wait-seconds", Integer.class).orElse(20), 0, 20),
        between(
            config
                .getOptionalValue("outbox.sqs.visibility-timeout-seconds", Integer.class)
                .orElse(30),
            0,
            43_200),
        between(
            config.getOptionalValue("outbox.dispatch.batch-size", Integer.class).orElse(100),
            1,
            1000),
        Duration.ofMillis(
            between(
                config.getOptionalValue("outbox.retry.base-ms", Integer.class).orElse(1000),
                1,
                3_600_000)),
        Duration.ofMillis(
            between(
                config.getOptionalValue("outbox.retry.max-ms", Integer.class).orElse(300_000),
                1,
                86_400_000)),
        between(
            config.getOptionalValue("outbox.in-process.max-attempts", Integer.class).orElse(5),
            1,
            100));
  }

  boolean usesSqs() {
    return queueUrl != null;
  }

  /** The wait before try {@code attempts + 1}: doubling from the base, capped at the maximum. */
  Duration backoff(int attempts) {
    int doublings = Math.max(0, Math.min(attempts - 1, 30));
    Duration delay = retryBase.multipliedBy(1L << doublings);
    return delay.compareTo(retryMax) > 0 ? retryMax : delay;
  }

  private static int between(int value, int min, int max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          "An outbox setting is " + value + ", outside " + min + ".." + max);
    }
    return value;
  }

  private static String blankToNull(Optional<String> value) {
    return value.map(String::strip).filter(v -> !v.isEmpty()).orElse(null);
  }
}
