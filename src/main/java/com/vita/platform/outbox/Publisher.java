package com.vita.platform.outbox;

/** Where the dispatcher sends an event: SQS FIFO, or this instance's observers. */
interface Publisher {

  /** {@code sqs} or {@code in_process}: the metrics' tag and the log's word. */
  String destination();

  /**
   * Sends one event; returns only once it is safely out (the queue accepted it, or the observers'
   * transaction committed).
   *
   * @throws RuntimeException when it is not: the dispatcher retries it later
   */
  void publish(OutboxMessage message);

  /**
   * Whether a failure counts towards parking: in process a failure is an observer refusing the
   * event (so after enough tries it is parked, as a queue would dead-letter it); towards SQS it is
   * the queue being unreachable, and the event waits for it however long it takes.
   */
  boolean parksAfterRepeatedFailure();
}
