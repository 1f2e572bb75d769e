package com.vita.payments.control;

import com.vita.payments.entity.CryptoCharge;
import com.vita.payments.entity.CryptoDeposit;
import com.vita.payments.entity.CryptoDepositOutcome;
import com.vita.payments.entity.Payment;
import com.vita.payments.entity.PaymentStatus;
import com.vita.platform.problems.NotFoundProblem;
import com.vita.platform.problems.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/**
 * Applies a deposit to the payment whose address it reached, once per Cregis {@code cid}, and
 * records it with what became of it ({@link CryptoDepositOutcome}): never silently accepted. Only
 * deposits that bring the address' total to the amount due, inside the payment's window, pay the
 * orders, through {@link PaymentSettlement} like every other provider's word (orders confirmed and
 * the ledger booked by part 1's code); the payment is captured for the amount its orders cost, so
 * an excess stays on the deposit's row for an admin to return. The charge row is locked first, so
 * two deposits to one address add up one after the other.
 */
@ApplicationScoped
public class CregisDeposits {

  private static final System.Logger LOG = System.getLogger(CregisDeposits.class.getName());

  /** Cregis' deposit callback status of a successful deposit (2 is a failed one). */
  static final int SUCCEEDED = 1;

  @PersistenceContext(unitName = "vita")
  EntityManager entityManager;

  @Inject CregisCallbacks callbacks;
  @Inject ProviderWebhooks webhooks;
  @Inject PaymentSettlement settlement;
  @Inject Event<CryptoDepositRecorded> recorded;

  Clock clock = Clock.systemUTC();

  /** A verified deposit callback; {@code duplicate} when its cid was applied before. */
  @Transactional(Transactional.TxType.REQUIRED)
  public String receive(CregisCallback callback) {
    callbacks.claimNonce(callback);
    String cid = callback.text("cid");
    int status = callback.status();
    String address = callback.text("address");
    if (!webhooks.firstTime(
        CregisGateway.PROVIDER, "deposit:" + cid, "deposit.status_" + status, address)) {
      return "duplicate";
    }
    CryptoDeposit.Report report =
        new CryptoDeposit.Report(
            CregisGateway.PROVIDER,
            cid,
            address,
            callback.coin(),
            callback.amount(),
            callback.optional("txid"),
            callback.blockTime());
    String outcome = record(report, status == SUCCEEDED).value();
    webhooks.recordOutcome(CregisGateway.PROVIDER, "deposit:" + cid, outcome);
    return outcome;
  }

  /**
   * A pretend deposit to a sandbox payment's address (local runs, by an admin), applied as Cregis'
   * callback would be; the idempotency key is its cid, so the same key deposits once.
   */
  @Transactional(Transactional.TxType.REQUIRED)
  public String sandboxDeposit(UUID paymentId, BigDecimal amount, String key) {
    CryptoCharge charge = entityManager.find(CryptoCharge.class, paymentId);
    if (charge == null || !CregisSandboxGateway.PROVIDER.equals(charge.provider())) {
      throw new NotFoundProblem("No crypto sandbox payment " + paymentId);
    }
    if (amount == null || amount.signum() <= 0 || amount.scale() > 18) {
      throw ProblemException.invalidField("amount", "must be a positive decimal");
    }
    String cid = "sandbox-" + key;
    if (!webhooks.firstTime(
        charge.provider(), "deposit:" + cid, "deposit.sandbox", charge.address())) {
      return "duplicate";
    }
    String outcome =
        record(
                new CryptoDeposit.Report(
                    charge.provider(), cid, charge.address(), charge.coin(), amount, null, null),
                true)
            .value();
    webhooks.recordOutcome(charge.provider(), "deposit:" + cid, outcome);
    return outcome;
  }

  /** Records one deposit and applies it when it may pay its payment. */
  @Transactional(Transactional.TxType.REQUIRED)
  public CryptoDepositOutcome record(CryptoDeposit.Report report, boolean succeeded) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    Optional<CryptoCharge> found = chargeAt(report.provider(), report.address());
    CryptoDepositOutcome outcome;
    BigDecimal excess = BigDecimal.ZERO;
    if (!succeeded) {
      outcome = CryptoDepositOutcome.FAILED;
    } else if (found.isEmpty()) {
      outcome = CryptoDepositOutcome.UNKNOWN_ADDRESS;
    } else if (!found.get().coin().equals(report.coin())) {
      outcome = CryptoDepositOutcome.WRONG_COIN;
    } else if (report.amount().signum() <= 0) {
      outcome = CryptoDepositOutcome.UNDERPAID;
    } else {
      CryptoCharge charge = found.get();
      Payment payment =
          entityManager.find(Payment.class, charge.paymentId(), LockModeType.PESSIMISTIC_WRITE);
      Instant madeAt = report.blockTime() == null ? now : report.blockTime();
      if (payment.status().isCaptured()) {
        // Paid already: all of this one is more than was due.
        outcome = CryptoDepositOutcome.OVERPAID;
        excess = report.amount();
      } else if (!charge.openAt(madeAt) || !payment.status().canMoveTo(PaymentStatus.SUCCEEDED)) {
        outcome = CryptoDepositOutcome.LATE;
      } else if (!charge.receive(report.amount(), now)) {
        outcome = CryptoDepositOutcome.UNDERPAID;
      } else {
        capture(payment);
        excess = charge.excess();
        outcome =
            excess.signum() > 0 ? CryptoDepositOutcome.OVERPAID : CryptoDepositOutcome.CAPTURED;
      }
    }
    CryptoDeposit deposit =
        CryptoDeposit.of(
            report, found.map(CryptoCharge::paymentId).orElse(null), outcome, excess, now);
    entityManager.persist(deposit);
    if (outcome != CryptoDepositOutcome.CAPTURED) {
      LOG.log(
          System.Logger.Level.WARNING,
          "Crypto deposit {0} of {1} {2} to {3}: {4} (excess {5}); see"
              + " /api/v1/admin/payments/crypto-deposits",
          report.cid(),
          report.amount().toPlainString(),
          report.coin(),
          report.address(),
          outcome.value(),
          excess.toPlainString());
    }
    recorded.fire(new CryptoDepositRecorded(report.provider(), outcome.value()));
    return outcome;
  }

  private Optional<CryptoCharge> chargeAt(String provider, String address) {
    return entityManager
        .createNamedQuery(CryptoCharge.BY_ADDRESS, CryptoCharge.class)
        .setParameter("provider", provider)
        .setParameter("address", address)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  /** The deposits cover the amount due: the payment is paid for what its orders cost. */
  private void capture(Payment payment) {
    PaymentSettlement.Result result =
        settlement.apply(
            payment,
            new ProviderPayment(
                payment.providerRef(),
                PaymentStatus.SUCCEEDED,
                payment.amount().minorUnits(),
                payment.amount().currency().getCurrencyCode(),
                null,
                null,
                null));
    if (result != PaymentSettlement.Result.APPLIED) {
      throw new IllegalStateException("Payment " + payment.id() + " was not captured: " + result);
    }
  }
}
