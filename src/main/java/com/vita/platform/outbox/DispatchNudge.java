package com.vita.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/** After a commit that appended events, a drain; a rolled-back append wakes nobody. */
@ApplicationScoped
public class DispatchNudge {

  @Inject OutboxDispatcher dispatcher;

  void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxAppended appended) {
    dispatcher.nudge();
  }
}
