package com.vita.payments.boundary;

import com.vita.payments.control.BankVerifications;
import com.vita.payments.control.ScheduledJobs;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Works off the bank-transfer verification queue, ticking every 10 seconds on every instance; one
 * instance runs it per {@code bank.verification.every} ({@link ScheduledJobs}), and the rate limit
 * shared through Redis bounds the calls whatever the instances do. A run that meets the limit stops
 * there: the rest waits for a later tick. Non-persistent: a missed tick is the next one's work.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BankVerificationTimer {

  private static final System.Logger LOG = System.getLogger(BankVerificationTimer.class.getName());

  @Inject ScheduledJobs jobs;
  @Inject BankVerifications verifications;

  @Inject
  @ConfigProperty(name = "bank.verification.enabled", defaultValue = "true")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "bank.verification.every", defaultValue = "PT10S")
  Duration every;

  @Inject
  @ConfigProperty(name = "bank.verification.batch-size", defaultValue = "20")
  int batchSize;

  Clock clock = Clock.systemUTC();

  @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false, info = "bank-transfers")
  void tick() {
    if (!enabled) {
      return;
    }
    Instant now = clock.instant();
    try {
      // A little under the pace, so ticks of the same instance are not refused by jitter.
      if (jobs.claim("payments.bank-transfers", every.minusMillis(500), now)) {
        BankVerifications.Run run = verifications.runDue(now, batchSize);
        if (run.checked() + run.deferred() > 0) {
          LOG.log(System.Logger.Level.INFO, "Bank transfers: {0}", run);
        }
      }
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING, "Bank transfer verification failed; retried later", e);
    }
  }
}
