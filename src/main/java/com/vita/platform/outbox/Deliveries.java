package com.vita.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Hands one message to its observers, in a transaction of its own (the contract of {@link
 * OutboxMessage}): an observer's {@link Receipts} row and its effect commit together, and an
 * observer that throws rolls back every observer's work on that message and fails the delivery,
 * which is then tried again (the queue redelivers, the in-process dispatcher retries).
 */
@ApplicationScoped
public class Deliveries {

  @Inject Event<OutboxMessage> messages;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void deliver(OutboxMessage message) {
    messages.fire(message);
  }
}
