package com.vita.platform.concurrency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vita.platform.problems.UnavailableProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AdmissionTest {

  @Test
  void neverMoreThanTheSlotsRunAtOnceAndTheQueuedAllGetTheirTurn() throws Exception {
    Admission admission = new Admission("checkouts", 3, 100, 10_000);
    AtomicInteger running = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(40);
    try {
      List<Future<Integer>> done = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        int n = i;
        done.add(
            pool.submit(
                () ->
                    admission.run(
                        () -> {
                          most.accumulateAndGet(running.incrementAndGet(), Math::max);
                          sleep(5);
                          running.decrementAndGet();
                          return n;
                        })));
      }
      int sum = 0;
      for (Future<Integer> each : done) {
        sum += each.get(30, TimeUnit.SECONDS);
      }
      assertEquals(40 * 39 / 2, sum);
      assertEquals(3, most.get());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void pastTheQueueOrTheWaitCallersGet503WithRetryAfter() throws Exception {
    Admission admission = new Admission("checkouts", 1, 1, 200);
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch started = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<String> holder =
          pool.submit(
              () ->
                  admission.run(
                      () -> {
                        started.countDown();
                        await(release);
                        return "held";
                      }));
      started.await();
      Future<String> waiter = pool.submit(() -> admission.run(() -> "never"));
      sleep(50); // the waiter is queued
      UnavailableProblem refused =
          assertThrows(UnavailableProblem.class, () -> admission.run(() -> "third"));
      assertTrue(refused.getMessage().contains("Too many checkouts"), refused.getMessage());
      var timedOut = assertThrows(java.util.concurrent.ExecutionException.class, waiter::get);
      assertTrue(timedOut.getCause() instanceof UnavailableProblem, String.valueOf(timedOut));
      release.countDown();
      assertEquals("held", holder.get());
      assertEquals("again", admission.run(() -> "again"));
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void settingsOutOfRangeAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new Admission("x", 0, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> new Admission("x", 1, -1, 1));
    assertThrows(IllegalArgumentException.class, () -> new Admission("x", 1, 1, -1));
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
