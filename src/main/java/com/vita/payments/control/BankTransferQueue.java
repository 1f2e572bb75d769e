package com.vita.payments.control;

import com.vita.payments.entity.BankTransfer;
import com.vita.payments.entity.Payment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The verification queue in {@code bank_transfer}: the next due declaration is claimed with {@code
 * FOR UPDATE SKIP LOCKED} and leased ({@code bank.verification.lease}) in a transaction of its own,
 * so instances working the queue at once take different ones and none is held locked while the bank
 * is asked; a run that dies leaves it due again when the lease ends. Between lookups a declaration
 * backs off exponentially with jitter, from {@code bank.verification.retry-base} to {@code
 * bank.verification.retry-max}.
 */
@ApplicationScoped
public class BankTransferQueue {

  @PersistenceContext(unitName = "vita")
  EntityManager entityManager;

  @Inject
  @ConfigProperty(name = "bank.verification.lease", defaultValue = "PT2M")
  Duration lease;

  @Inject
  @ConfigProperty(name = "bank.verification.retry-base", defaultValue = "PT1M")
  Duration retryBase;

  @Inject
  @ConfigProperty(name = "bank.verification.retry-max", defaultValue = "PT1H")
  Duration retryMax;

  /** A declaration claimed for one lookup, and the provider of its payment. */
  public record Claimed(
      UUID transferId, UUID paymentId, BankTransfer.Declaration declared, String provider) {}

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<Claimed> claimNext(Instant now) {
    @SuppressWarnings("unchecked")
    List<BankTransfer> due =
        entityManager
            .createNativeQuery(
                "select * from bank_transfer where status = 'verifying' and next_check_at <= ?1"
                    + " order by next_check_at limit 1 for update skip locked",
                BankTransfer.class)
            .setParameter(1, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
            .getResultList();
    if (due.isEmpty()) {
      return Optional.empty();
    }
    BankTransfer transfer = due.get(0);
    transfer.askAgainAt(now.plus(lease), false, now);
    Payment payment = entityManager.find(Payment.class, transfer.paymentId());
    return Optional.of(
        new Claimed(
            transfer.id(), transfer.paymentId(), transfer.declaration(), payment.provider()));
  }

  /** The payment, then its declaration, locked: the order every writer of both takes. */
  @Transactional(Transactional.TxType.MANDATORY)
  public BankTransfer lockWithPayment(Claimed claimed) {
    entityManager.find(Payment.class, claimed.paymentId(), LockModeType.PESSIMISTIC_WRITE);
    return entityManager.find(
        BankTransfer.class, claimed.transferId(), LockModeType.PESSIMISTIC_WRITE);
  }

  /** When a declaration looked up {@code attempts} times is asked about again. */
  public Instant backoff(int attempts, Instant now) {
    long base = retryBase.toMillis();
    long exponential = base << Math.min(attempts, 20);
    long capped = Math.min(Math.max(exponential, base), retryMax.toMillis());
    long jitter = ThreadLocalRandom.current().nextLong(capped / 4 + 1);
    return now.plusMillis(capped + jitter);
  }
}
