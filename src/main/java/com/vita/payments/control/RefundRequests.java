package com.vita.payments.control;

import com.vita.orders.control.OrderPayments;
import com.vita.payments.entity.PaymentRefund;
import com.vita.platform.problems.BadRequestProblem;
import com.vita.platform.problems.NotFoundProblem;
import com.vita.platform.problems.ProblemException;
import com.vita.platform.problems.ProblemType;
import com.vita.platform.providers.ProviderRefused;
import com.vita.platform.providers.ProviderUnavailable;
import com.vita.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * A refund asked by the seller of the order's store or an admin (anyone else: 404, as for an order
 * they cannot see). The amount is held first ({@link RefundReservations}), then the provider is
 * asked with an idempotency key made of the refund's id, then its answer settled ({@link
 * RefundSettlement}); a pending answer is settled later by the provider's webhook or by
 * reconciliation.
 */
@ApplicationScoped
public class RefundRequests {

  @PersistenceContext(unitName = "vita")
  EntityManager entityManager;

  @Inject Caller caller;
  @Inject OrderRefunds orderRefunds;
  @Inject OrderPayments orders;
  @Inject RefundReservations reservations;
  @Inject RefundSettlement settlement;
  @Inject PaymentGateways gateways;

  @Transactional(Transactional.TxType.REQUIRED)
  public PaymentRefund refund(RefundForm form) {
    if (form.orderId() == null) {
      throw new BadRequestProblem("Name the orderId to refund");
    }
    if (form.reason() != null && form.reason().length() > 500) {
      throw ProblemException.invalidField("reason", "must be at most 500 characters");
    }
    OrderPayments.Payable order =
        orders
            .find(form.orderId())
            .filter(o -> caller.isAdmin() || o.sellerId().equals(caller.id()))
            .orElseThrow(() -> new NotFoundProblem("No such order"));
    UUID payment =
        orderRefunds
            .capturedPaymentOf(order.orderId())
            .orElseThrow(
                () ->
                    new ProblemException(
                        ProblemType.CONFLICT,
                        "Order " + order.orderId() + " has no captured payment to refund"));
    // A scalar read: the payment itself is locked and changed by the hold's own transaction.
    String provider =
        entityManager
            .createQuery("select p.provider from Payment p where p.id = :id", String.class)
            .setParameter("id", payment)
            .getSingleResult();
    if (!gateways.forProvider(provider).refunds()) {
      throw new ProblemException(
          ProblemType.UNPROCESSABLE,
          "A "
              + provider
              + " payment is not refunded through its provider (Cregis documents no refund):"
              + " return the buyer's money with a payout");
    }
    RefundReservations.Held held =
        reservations.hold(payment, order.orderId(), form.amountMinor(), form.reason(), caller.id());
    ProviderRefund answer;
    try {
      answer =
          gateways
              .forProvider(held.provider())
              .refund(
                  new PaymentGateway.RefundRequest(
                      held.refundId(),
                      held.orderId(),
                      held.paymentRef(),
                      held.amount(),
                      form.reason(),
                      "vita-refund-" + held.refundId()));
    } catch (ProviderRefused | ProviderUnavailable e) {
      reservations.release(held.refundId());
      throw new ProblemException(
          ProblemType.UNAVAILABLE, "The payment provider did not refund: " + e.getMessage());
    }
    settlement.apply(answer);
    return entityManager.find(PaymentRefund.class, held.refundId());
  }
}
