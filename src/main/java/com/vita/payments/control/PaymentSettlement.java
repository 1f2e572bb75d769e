package com.vita.payments.control;

import com.vita.payments.entity.Payment;
import com.vita.payments.entity.PaymentStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The one path by which a provider's word about a payment changes it — the answer to a confirm, a
 * webhook, a reconciliation lookup — so a confirm racing its own webhook captures once. The payment
 * row is locked first; the move must be one {@link PaymentStatus} allows (a {@code succeeded} after
 * a refund is a late message, left alone); entering {@code succeeded} books the capture and
 * announces it, in the same transaction, and only when the provider received exactly the amount
 * asked (anything else is left open for reconciliation to report).
 */
@ApplicationScoped
public class PaymentSettlement {

  private static final System.Logger LOG = System.getLogger(PaymentSettlement.class.getName());

  /** What applying a provider's state did. */
  public enum Result {
    APPLIED("applied"),
    UNCHANGED("ignored"),
    STALE("ignored"),
    AMOUNT_MISMATCH("amount_mismatch"),
    UNKNOWN_PAYMENT("unknown_payment");

    private final String label;

    Result(String label) {
      this.label = label;
    }

    /** The metric label of a webhook that had this result. */
    public String label() {
      return label;
    }
  }

  @PersistenceContext(unitName = "vita")
  EntityManager entityManager;

  @Inject PaymentBookings bookings;
  @Inject PaymentEvents events;
  @Inject AutomaticRefunds refunds;
  @Inject Event<PaymentRecorded> recorded;

  Clock clock = Clock.systemUTC();

  /** Applies the provider's state to the payment it names, locked. */
  @Transactional(Transactional.TxType.REQUIRED)
  public Result apply(String provider, ProviderPayment state) {
    List<Payment> found =
        entityManager
            .createNamedQuery(Payment.BY_PROVIDER_REF, Payment.class)
            .setParameter("provider", provider)
            .setParameter("ref", state.providerRef())
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList();
    if (found.isEmpty()) {
      LOG.log(
          System.Logger.Level.WARNING,
          "{0} reported {1} for {2}, which is no VITA payment",
          provider,
          state.status().value(),
          state.providerRef());
      return Result.UNKNOWN_PAYMENT;
    }
    return apply(found.get(0), state);
  }

  /** Applies the provider's state to a payment the caller holds locked. */
  @Transactional(Transactional.TxType.MANDATORY)
  public Result apply(Payment payment, ProviderPayment state) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    PaymentStatus to = state.status();
    if (to == payment.status()) {
      return Result.UNCHANGED;
    }
    if (!payment.status().canMoveTo(to)) {
      LOG.log(
          System.Logger.Level.INFO,
          "Payment {0} is {1}: a late {2} from {3} changes nothing",
          payment.id(),
          payment.status().value(),
          to.value(),
          payment.provider());
      return Result.STALE;
    }
    if (to == PaymentStatus.SUCCEEDED && !receivedInFull(payment, state)) {
      LOG.log(
          System.Logger.Level.ERROR,
          "Payment {0}: {1} says {2} {3} received, VITA asked {4}; not captured",
          payment.id(),
          payment.provider(),
          state.amountReceivedMinor(),
          state.currency(),
          payment.amount());
      payment.checked(now);
      return Result.AMOUNT_MISMATCH;
    }
    payment.moveTo(to, now);
    if (to == PaymentStatus.FAILED) {
      payment.failedBecause(state.failureCode(), state.failureMessage(), now);
    }
    String currency = payment.amount().currency().getCurrencyCode();
    if (to == PaymentStatus.SUCCEEDED) {
      entityManager.flush(); // the capture's rows refer to the payment's new state
      events.captured(payment, now);
      refunds.forUnpayableOrders(payment);
      // Last: the booking locks the sellers' wallet accounts until the commit.
      bookings.capture(payment, now);
      recorded.fire(
          new PaymentRecorded(
              payment.provider(), "succeeded", currency, payment.amount().minorUnits()));
    } else if (to == PaymentStatus.FAILED || to == PaymentStatus.CANCELLED) {
      recorded.fire(new PaymentRecorded(payment.provider(), to.value(), currency, 0));
    }
    return Result.APPLIED;
  }

  private static boolean receivedInFull(Payment payment, ProviderPayment state) {
    return state.amountReceivedMinor() == payment.amount().minorUnits()
        && (state.currency() == null
            || state.currency().equals(payment.amount().currency().getCurrencyCode()));
  }
}
