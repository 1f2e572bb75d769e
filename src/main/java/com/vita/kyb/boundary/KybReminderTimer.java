package com.vita.kyb.boundary;

import com.vita.kyb.control.KybReminders;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the KYB reminders every hour on every instance; {@link KybReminders} makes sure only one
 * instance sends. Non-persistent: a missed hour is simply the next hour's work, and nothing has to
 * be stored per instance. {@code kyb.reminders.enabled=false} turns the schedule off (the run stays
 * available to admins through the API).
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class KybReminderTimer {

  @Inject KybReminders reminders;

  @Inject
  @ConfigProperty(name = "kyb.reminders.enabled", defaultValue = "true")
  boolean enabled;

  private static final System.Logger LOG = System.getLogger(KybReminderTimer.class.getName());

  Clock clock = Clock.systemUTC();

  @Schedule(hour = "*", minute = "17", persistent = false, info = "kyb-reminders")
  void remind() {
    if (!enabled) {
      return;
    }
    try {
      reminders.sendDue(clock.instant());
    } catch (RuntimeException e) {
      // Caught so the container does not retry at once: a failed run rolled back and mailed
      // nothing (mail follows the commit), so the next hour's run simply does its work.
      LOG.log(System.Logger.Level.WARNING, "KYB reminders failed, retried next hour", e);
    }
  }
}
