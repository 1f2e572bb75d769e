package com.vita.imports.control;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * Parses a file's rows on a thread of its own, at most {@code ahead} rows before the job: the parse
 * of the next chunk runs while the database writes the last one, instead of after it (on two cores
 * the import then costs about the slower of the two, not their sum). Memory stays bounded by the
 * queue. Only the parse moves: the job's thread still takes each row, so the checkpoint (the last
 * row taken) and the chunk's transaction are what they were. A parse failure reaches the job at the
 * row where it happened.
 */
final class RowsAhead implements AutoCloseable {

  /** What the parsing thread hands over: a row, the end, or why the parse failed. */
  private record Next(SourceRow row, RuntimeException failure) {
    static final Next END = new Next(null, null);
  }

  private final DataRows rows;
  private final BlockingQueue<Next> queue;
  private final Thread parser;
  private volatile boolean closed;
  private boolean ended;

  RowsAhead(DataRows rows, int ahead, ThreadFactory threads) {
    this.rows = rows;
    this.queue = new ArrayBlockingQueue<>(ahead);
    this.parser = threads.newThread(this::parse);
    parser.setName("import-rows-ahead");
    parser.start();
  }

  private void parse() {
    try {
      for (SourceRow row = rows.next(); row != null && !closed; row = rows.next()) {
        if (!hand(new Next(row, null))) {
          return;
        }
      }
      hand(Next.END);
    } catch (RuntimeException e) {
      hand(new Next(null, e));
    }
  }

  /** Waits for room; false when the reader was closed meanwhile. */
  private boolean hand(Next next) {
    try {
      while (!closed) {
        if (queue.offer(next, 100, TimeUnit.MILLISECONDS)) {
          return true;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return false;
  }

  /** The next data row, or null at the end of the data. */
  SourceRow next() {
    if (ended) {
      return null;
    }
    Next next;
    try {
      next = queue.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for the next row", e);
    }
    if (next.failure() != null) {
      ended = true;
      throw next.failure();
    }
    ended = next.row() == null;
    return next.row();
  }

  /** Stops the parse and closes the file once the parsing thread has let go of it. */
  @Override
  public void close() {
    closed = true; // the parser stops at its next hand-over (it waits at most 100 ms for room)
    try {
      parser.join(TimeUnit.SECONDS.toMillis(30));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    rows.close();
  }
}
