package com.vita.payments.boundary;

import com.vita.payments.control.Reconciliation;
import com.vita.payments.control.ReconciliationReports;
import com.vita.payments.control.RefundSubmissions;
import com.vita.payments.control.ReportArchive;
import com.vita.payments.control.ScheduledJobs;
import com.vita.payments.control.WalletReleases;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Payments' background work, ticking every minute on every instance; each job runs on one instance
 * at its own pace ({@link ScheduledJobs}): reconciliation every {@code
 * payments.reconciliation.every}, yesterday's report once a day, releases of sales whose hold
 * period ended and automatic refunds left unsent every minute. Non-persistent: a missed tick is the
 * next tick's work.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PaymentsTimer {

  private static final System.Logger LOG = System.getLogger(PaymentsTimer.class.getName());

  @Inject ScheduledJobs jobs;
  @Inject Reconciliation reconciliation;
  @Inject ReconciliationReports reports;
  @Inject ReportArchive archive;
  @Inject WalletReleases releases;
  @Inject RefundSubmissions submissions;

  @Inject
  @ConfigProperty(name = "payments.reconciliation.enabled", defaultValue = "true")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "payments.reconciliation.every", defaultValue = "PT5M")
  Duration every;

  Clock clock = Clock.systemUTC();

  @Schedule(hour = "*", minute = "*", persistent = false, info = "payments")
  void tick() {
    if (!enabled) {
      return;
    }
    Instant now = clock.instant();
    run(
        "payments.reconciliation",
        every,
        () -> {
          Reconciliation.Run run = reconciliation.settleStale(now);
          if (run.asked() > 0) {
            LOG.log(System.Logger.Level.INFO, "Reconciliation: {0}", run);
          }
        },
        now);
    LocalDate yesterday = LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(1);
    run(
        "payments.report." + yesterday,
        Duration.ofDays(2),
        () -> {
          if (!archive.exists(yesterday)) {
            reports.generate(yesterday, now);
          }
        },
        now);
    run("payments.release", Duration.ofSeconds(50), () -> releases.releaseDue(now, 500), now);
    run(
        "payments.refunds",
        Duration.ofSeconds(50),
        () -> submissions.resendUnsent(now.minus(Duration.ofMinutes(1)), 100),
        now);
  }

  private void run(String job, Duration pace, Runnable work, Instant now) {
    try {
      if (jobs.claim(job, pace, now)) {
        work.run();
      }
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING, "Payments job " + job + " failed; retried later", e);
    }
  }
}
