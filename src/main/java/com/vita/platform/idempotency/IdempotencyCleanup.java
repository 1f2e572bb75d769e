package com.vita.platform.idempotency;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * Deletes expired idempotency keys every hour. Any instance may run it at once as another: a delete
 * of rows already deleted deletes nothing, so no lock is needed.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class IdempotencyCleanup {

  private static final System.Logger LOG = System.getLogger(IdempotencyCleanup.class.getName());

  @Inject IdempotentRequests requests;

  Clock clock = Clock.systemUTC();

  @Schedule(hour = "*", minute = "41", persistent = false, info = "idempotency-cleanup")
  void cleanUp() {
    try {
      int deleted = requests.forgetExpired(clock.instant());
      LOG.log(System.Logger.Level.INFO, "Idempotency keys: {0} expired deleted", deleted);
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING, "Idempotency cleanup failed, retried next hour", e);
    }
  }
}
