package com.vita.payments.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;

/**
 * "Every N minutes, on one instance": each instance's timer ticks every minute and claims the run
 * with one statement, which moves the job's last run to now only if the previous one is at least N
 * old. Of instances ticking together exactly one gets the row back.
 */
@ApplicationScoped
public class ScheduledJobs {

  @PersistenceContext(unitName = "vita")
  EntityManager entityManager;

  /** Whether this instance runs the job now; commits the claim at once. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean claim(String job, Duration every, Instant now) {
    return entityManager
            .createNativeQuery(
                "insert into scheduled_job (name, last_run_at) values (?1, ?2)"
                    + " on conflict (name) do update set last_run_at = excluded.last_run_at"
                    + " where scheduled_job.last_run_at <= ?3")
            .setParameter(1, job)
            .setParameter(2, now)
            .setParameter(3, now.minus(every))
            .executeUpdate()
        == 1;
  }
}
