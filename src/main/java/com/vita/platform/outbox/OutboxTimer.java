package com.vita.platform.outbox;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * The dispatcher's heartbeat: every second on every instance, for what no nudge covered (events
 * waiting for their next try, events another instance appended while this one held the lock, rows
 * written by hand). An EJB timer rather than a managed executor loop because the container owns its
 * thread and its stop; non-persistent, since a missed tick is the next tick's work. Platform has no
 * layers, so this boundary-like entry point lives next to the dispatcher.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxTimer {

  @Inject OutboxDispatcher dispatcher;

  @Schedule(hour = "*", minute = "*", second = "*", persistent = false, info = "outbox-dispatch")
  void tick() {
    dispatcher.drain();
  }
}
