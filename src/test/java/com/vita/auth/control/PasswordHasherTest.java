package com.vita.auth.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vita.platform.problems.ProblemType;
import com.vita.platform.problems.UnavailableProblem;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {

  // Threads of its own: a busy common pool must not delay the holder or the waiter.
  private static final ExecutorService THREADS = Executors.newCachedThreadPool();

  @Test
  void hashesAndVerifies() {
    PasswordHasher hasher = new PasswordHasher(4, 2, 2, 1000);
    String hash = hasher.hash("Correct-h0rse".toCharArray());
    assertTrue(hash.startsWith("$2a$04$"), hash);
    assertTrue(hasher.matches("Correct-h0rse".toCharArray(), hash));
    assertFalse(hasher.matches("Wrong-pa55".toCharArray(), hash));
    hasher.burnTime("anything".toCharArray());
  }

  @Test
  void aCallerWaitsBrieflyForASlotThenGetsA503WithRetryAfter() throws Exception {
    PasswordHasher hasher = new PasswordHasher(4, 1, 5, 200);
    CountDownLatch running = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    CompletableFuture<String> holder = hold(hasher, running, release);
    assertTrue(running.await(5, TimeUnit.SECONDS));

    long started = System.nanoTime();
    UnavailableProblem busy =
        assertThrows(UnavailableProblem.class, () -> hasher.hash("x".toCharArray()));
    long waitedMillis = (System.nanoTime() - started) / 1_000_000;
    assertTrue(waitedMillis >= 190 && waitedMillis < 2000, waitedMillis + " ms");
    assertEquals(ProblemType.UNAVAILABLE, busy.type());
    assertEquals(Map.of("Retry-After", "1"), busy.headers());

    release.countDown();
    assertEquals("done", holder.get(5, TimeUnit.SECONDS));
    assertTrue(hasher.matches("x".toCharArray(), hasher.hash("x".toCharArray())));
  }

  @Test
  void pastTheQueueCallersAreRefusedAtOnce() throws Exception {
    PasswordHasher hasher = new PasswordHasher(4, 1, 1, 5000);
    CountDownLatch running = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    CompletableFuture<String> holder = hold(hasher, running, release);
    assertTrue(running.await(5, TimeUnit.SECONDS));
    CompletableFuture<String> waiter =
        CompletableFuture.supplyAsync(() -> hasher.bounded(() -> "waited"), THREADS);
    Thread.sleep(100); // the waiter takes the one place in the queue

    long started = System.nanoTime();
    UnavailableProblem busy =
        assertThrows(UnavailableProblem.class, () -> hasher.hash("x".toCharArray()));
    assertTrue((System.nanoTime() - started) / 1_000_000 < 1000, "refused without waiting");
    assertEquals(Map.of("Retry-After", "5"), busy.headers());

    release.countDown();
    assertEquals("done", holder.get(5, TimeUnit.SECONDS));
    assertEquals("waited", waiter.get(5, TimeUnit.SECONDS));
  }

  @Test
  void settingsOutOfRangeAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new PasswordHasher(4, 0, 1, 100));
    assertThrows(IllegalArgumentException.class, () -> new PasswordHasher(4, 1, -1, 100));
    assertThrows(IllegalArgumentException.class, () -> new PasswordHasher(4, 1, 1, -1));
  }

  /** Holds the hasher's only slot until released. */
  private static CompletableFuture<String> hold(
      PasswordHasher hasher, CountDownLatch running, CountDownLatch release) {
    return CompletableFuture.supplyAsync(
        () ->
            hasher.bounded(
                () -> {
                  running.countDown();
                  try {
                    release.await(10, TimeUnit.SECONDS);
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                  return "done";
                }),
        THREADS);
  }
}
