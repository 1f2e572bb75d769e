package com.vita.platform.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class InProcessRateLimitStoreTest {

  private static final Duration WINDOW = Duration.ofMinutes(15);

  private final ManualClock clock = new ManualClock();
  private final InProcessRateLimitStore store = new InProcessRateLimitStore(clock);

  @Test
  void countsHitsInAWindowThatStartsWithTheFirstHit() {
    assertEquals(new Window(1, WINDOW.toMillis()), store.hit("ip:a", WINDOW));
    clock.advance(Duration.ofMinutes(5));
    assertEquals(new Window(2, Duration.ofMinutes(10).toMillis()), store.hit("ip:a", WINDOW));
  }

  @Test
  void keysAreCountedApart() {
    store.hit("ip:a", WINDOW);
    store.hit("ip:a", WINDOW);
    assertEquals(1, store.hit("ip:b", WINDOW).count());
  }

  @Test
  void aNewWindowOpensWhenTheLastOneHasEnded() {
    store.hit("ip:a", WINDOW);
    store.hit("ip:a", WINDOW);
    clock.advance(WINDOW.minusMillis(1));
    assertEquals(new Window(3, 1), store.hit("ip:a", WINDOW));
    clock.advance(Duration.ofMillis(1));
    assertEquals(new Window(1, WINDOW.toMillis()), store.hit("ip:a", WINDOW));
  }

  @Test
  void currentReadsWithoutCountingOrOpeningAWindow() {
    assertEquals(Window.NONE, store.current("ip:a"));
    assertEquals(0, store.size());
    store.hit("ip:a", WINDOW);
    clock.advance(Duration.ofMinutes(1));
    assertEquals(new Window(1, Duration.ofMinutes(14).toMillis()), store.current("ip:a"));
    assertEquals(new Window(1, Duration.ofMinutes(14).toMillis()), store.current("ip:a"));
    clock.advance(WINDOW);
    assertEquals(Window.NONE, store.current("ip:a"));
  }

  @Test
  void endedWindowsAreEvictedSoMemoryStaysBounded() {
    for (int i = 0; i < 1000; i++) {
      store.hit("ip:" + i, Duration.ofSeconds(1));
    }
    store.hit("ip:long-lived", WINDOW);
    assertEquals(1001, store.size());

    clock.advance(Duration.ofMillis(InProcessRateLimitStore.SWEEP_EVERY_MILLIS));
    store.hit("ip:new", WINDOW);

    assertEquals(2, store.size(), "only the open windows are left");
    assertEquals(2, store.hit("ip:long-lived", WINDOW).count());
  }

  @Test
  void secondsToResetRoundUp() {
    assertEquals(1, new Window(1, 1).secondsToReset());
    assertEquals(1, new Window(1, 1000).secondsToReset());
    assertEquals(2, new Window(1, 1001).secondsToReset());
    assertEquals(0, Window.NONE.secondsToReset());
  }

  @Test
  void anExtendingHitRestartsTheWindowAndKeepsCounting() {
    assertEquals(new Window(1, WINDOW.toMillis()), store.hitExtending("backoff:a", WINDOW));
    clock.advance(Duration.ofMinutes(10));
    assertEquals(new Window(2, WINDOW.toMillis()), store.hitExtending("backoff:a", WINDOW));
    clock.advance(Duration.ofMinutes(10));
    assertEquals(new Window(2, Duration.ofMinutes(5).toMillis()), store.current("backoff:a"));
    clock.advance(Duration.ofMinutes(5));
    assertEquals(Window.NONE, store.current("backoff:a"));
    assertEquals(new Window(1, WINDOW.toMillis()), store.hitExtending("backoff:a", WINDOW));
  }
}
