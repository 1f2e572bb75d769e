package com.vita.payments.control;

import com.vita.platform.problems.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * VITA's commission on a sale: {@code payments.commission-rate} of the order's total (what the
 * buyer paid the store, shipping included), or the rate an admin set for that store. Rounded half
 * up to the currency's minor unit; a refund takes back the same share of what it returns ({@link
 * #takenBack}), so a full refund returns the whole commission, to the unit.
 */
@ApplicationScoped
public class Commissions {

  @PersistenceContext(unitName = "vita")
  EntityManager entityManager;

  @Inject
  @ConfigProperty(name = "payments.commission-rate", defaultValue = "0.10")
  BigDecimal defaultRate;

  /** The rate for a store: its own if an admin set one, the configured one otherwise. */
  public BigDecimal rateFor(UUID storeId) {
    List<?> own =
        entityManager
            .createNativeQuery("select rate from store_commission where store_id = ?1")
            .setParameter(1, storeId)
            .getResultList();
    return own.isEmpty() ? defaultRate : (BigDecimal) own.get(0);
  }

  public BigDecimal defaultRate() {
    return defaultRate;
  }

  /** Sets a store's own rate, between 0 and 1. */
  @Transactional(Transactional.TxType.REQUIRED)
  public void setRate(UUID storeId, BigDecimal rate, UUID admin, Instant now) {
    if (rate == null
        || rate.signum() < 0
        || rate.compareTo(BigDecimal.ONE) > 0
        || rate.scale() > 4) {
      throw ProblemException.invalidField("rate", "must be between 0 and 1, at most 4 decimals");
    }
    entityManager
        .createNativeQuery(
            "insert into store_commission (store_id, rate, set_by, set_at) values (?1, ?2, ?3, ?4)"
                + " on conflict (store_id) do update set rate = excluded.rate,"
                + " set_by = excluded.set_by, set_at = excluded.set_at")
        .setParameter(1, storeId)
        .setParameter(2, rate)
        .setParameter(3, admin)
        .setParameter(4, now)
        .executeUpdate();
  }

  /** The commission on a sale of {@code gross} minor units. */
  public static long of(long gross, BigDecimal rate) {
    return BigDecimal.valueOf(gross)
        .multiply(rate)
        .setScale(0, RoundingMode.HALF_UP)
        .longValueExact();
  }

  /**
   * How much of a sale's commission has gone back once {@code refunded} of its {@code gross} was
   * refunded: the same share, rounded half up, so the sum over any refunds is exact.
   */
  public static long takenBack(long commission, long refunded, long gross) {
    return BigDecimal.valueOf(commission)
        .multiply(BigDecimal.valueOf(refunded))
        .divide(BigDecimal.valueOf(gross), 0, RoundingMode.HALF_UP)
        .longValueExact();
  }
}
