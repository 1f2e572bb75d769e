package com.vita.platform.http;

/**
 * How fast a request body must arrive: within {@code graceMillis} anything goes (a pause while a
 * phone changes cells, TLS and headers first); after it, the bytes received must keep up with
 * {@code minBytesPerSecond} over the time past the grace. A client trickling a byte a second is cut
 * soon after the grace, one sending a large upload at any usable speed never is, and one that
 * bursts and pauses is judged on its average.
 */
record BodyPace(long graceMillis, long minBytesPerSecond) {

  /** The shortest wait between two checks, so a clock's jitter cannot spin the timer. */
  static final long MIN_CHECK_MILLIS = 50;

  BodyPace {
    if (graceMillis < 0 || minBytesPerSecond < 1) {
      throw new IllegalArgumentException(
          "request.body-timeout-ms must be 0 or more and request.body-min-bytes-per-second 1 or"
              + " more");
    }
  }

  /** Whether a body that has delivered {@code received} bytes after this long is too slow. */
  boolean behind(long elapsedMillis, long received) {
    long owed = elapsedMillis - graceMillis;
    return owed > 0 && received < owed * minBytesPerSecond / 1000;
  }

  /** When to look again if nothing more arrives: the moment {@code received} stops being enough. */
  long nextCheckMillis(long elapsedMillis, long received) {
    long dueAt = graceMillis + (received + 1) * 1000 / minBytesPerSecond;
    return Math.max(dueAt - elapsedMillis, MIN_CHECK_MILLIS);
  }

  /** The longest a body of at most {@code limitBytes} can take without falling behind. */
  long ceilingMillis(long limitBytes) {
    return graceMillis + limitBytes * 1000 / minBytesPerSecond + graceMillis;
  }
}
