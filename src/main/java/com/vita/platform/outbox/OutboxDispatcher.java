package com.vita.platform.outbox;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Publishes what is due, batch after batch until a batch comes back short. Called by the timer
 * every second and, within milliseconds of a commit that appended events, by {@link #nudge()}. One
 * drain runs per instance at a time (a call during a drain asks the running one for another pass
 * instead of waiting) and one per cluster (the batch's advisory lock).
 */
@ApplicationScoped
public class OutboxDispatcher {

  private static final System.Logger LOG = System.getLogger(OutboxDispatcher.class.getName());

  @Inject DispatchBatch batch;

  @Inject OutboxChannel channel;

  @Resource ManagedExecutorService executor;

  private final ReentrantLock draining = new ReentrantLock();
  private final AtomicBoolean again = new AtomicBoolean();
  private final AtomicBoolean nudged = new AtomicBoolean();
  private volatile boolean stopping;

  /** A drain soon, off the caller's thread; nudges before it starts are one drain. */
  public void nudge() {
    if (stopping || !nudged.compareAndSet(false, true)) {
      return;
    }
    try {
      executor.execute(
          () -> {
            nudged.set(false);
            drain();
          });
    } catch (RejectedExecutionException e) {
      nudged.set(false); // shutting down, or the pool is full: the timer's next tick drains
    }
  }

  /** Publishes until nothing due is left (or another instance holds the lock). */
  public void drain() {
    again.set(true);
    while (again.get() && !stopping && draining.tryLock()) {
      try {
        while (again.getAndSet(false) && !stopping) {
          passes();
        }
      } finally {
        draining.unlock();
      }
    }
  }

  private void passes() {
    try {
      DispatchBatch.Run run;
      do {
        run = batch.run();
      } while (run.locked() && run.selected() >= channel.settings().batchSize() && !stopping);
    } catch (RuntimeException e) {
      // The database itself failed: nothing was marked, the next tick tries again.
      LOG.log(System.Logger.Level.WARNING, "Outbox dispatch failed, retried on the next tick", e);
    }
  }

  @PreDestroy
  void stop() {
    stopping = true;
  }
}
