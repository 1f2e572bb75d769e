/**
 * Bounded concurrency: {@link com.vita.platform.concurrency.Admission} lets a fixed number of
 * callers run a piece of work at once and queues a bounded number more, so a burst waits in memory
 * for its turn (or gets 503 with Retry-After) instead of failing on the resource it would exhaust.
 */
package com.vita.platform.concurrency;
