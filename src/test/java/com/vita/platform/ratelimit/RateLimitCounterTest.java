package com.vita.platform.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RateLimitCounterTest {

  // Held here: JUL keeps loggers only weakly, and the handler must stay attached.
  private final Logger log = Logger.getLogger(RateLimitCounter.class.getName());
  private final List<LogRecord> warnings = new ArrayList<>();
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
            warnings.add(record);
          }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  private final ManualClock clock = new ManualClock();
  private final CountingMetrics metrics = new CountingMetrics();

  @BeforeEach
  void captureWarnings() {
    log.addHandler(capture);
  }

  @AfterEach
  void releaseWarnings() {
    log.removeHandler(capture);
  }

  @Test
  void aFailingStoreFailsOpenCountsEveryErrorAndWarnsAtMostEveryThirtySeconds() {
    RateLimitCounter counter = new RateLimitCounter(new UnavailableStore(), metrics, clock);

    for (int i = 0; i < 10; i++) {
      assertEquals(Optional.empty(), counter.hit("ip:a", Duration.ofMinutes(15)));
      clock.advance(Duration.ofSeconds(2));
    }
    assertEquals(10, metrics.storeErrors);
    assertEquals(1, warnings.size());
    assertTrue(warnings.get(0).getMessage().contains("unlimited"), warnings.get(0).getMessage());

    clock.advance(Duration.ofSeconds(10));
    assertEquals(Optional.empty(), counter.current("ip:a"));
    assertEquals(2, warnings.size(), "30 s after the first warning comes the next");
    assertEquals(11, metrics.storeErrors);
  }

  @Test
  void aWorkingStoreIsPassedThrough() {
    RateLimitCounter counter =
        new RateLimitCounter(new InProcessRateLimitStore(clock), metrics, clock);
    assertEquals(Optional.of(new Window(1, 60_000)), counter.hit("ip:a", Duration.ofMinutes(1)));
    assertEquals(Optional.of(new Window(1, 60_000)), counter.current("ip:a"));
    assertEquals(0, metrics.storeErrors);
    assertEquals(List.of(), warnings);
  }
}
