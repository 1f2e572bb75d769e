package com.vita.platform.outbox;

import com.vita.platform.production.LocalFallback;
import com.vita.platform.production.MissingSetting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.config.Config;

/**
 * Without {@code OUTBOX_SQS_QUEUE_URL}, events are delivered in process. That is correct (one
 * dispatcher at a time, observers write to the shared database), but production refuses it: the
 * issue's events are meant to leave VITA through the queue, other consumers (and operators with the
 * dead-letter queue) see nothing otherwise, and a failing observer's events are merely parked in
 * the database.
 */
@ApplicationScoped
public class InProcessDeliveryFallback implements LocalFallback {

  @Inject Config config;

  @Override
  public String name() {
    return "outbox events delivered in process";
  }

  @Override
  public List<MissingSetting> missingSettings() {
    if (OutboxSettings.from(config).usesSqs()) {
      return List.of();
    }
    return List.of(
        new MissingSetting(
            "OUTBOX_SQS_QUEUE_URL",
            "order events never leave VITA: no queue, no consumer outside this process, and an"
                + " event its observers keep refusing is parked in the database instead of a"
                + " dead-letter queue"));
  }
}
