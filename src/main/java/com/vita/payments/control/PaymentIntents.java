package com.vita.payments.control;

import com.vita.orders.control.OrderPayments;
import com.vita.payments.entity.Payment;
import com.vita.payments.entity.PaymentShare;
import com.vita.payments.entity.PaymentStatus;
import com.vita.platform.money.Money;
import com.vita.platform.problems.BadRequestProblem;
import com.vita.platform.problems.NotFoundProblem;
import com.vita.platform.problems.ProblemException;
import com.vita.platform.problems.ProblemType;
import com.vita.stores.control.StoreCard;
import com.vita.stores.control.StoreDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Opens the payment of a checkout or an order: the buyer's orders, locked, must all be waiting for
 * payment, in one currency, in stores that accept the method; the amount is their totals' sum, set
 * here, never by the client. A checkout has one live payment: asking again for the same orders and
 * method returns the open one (the buyer reloaded the page), while one overlapping it otherwise is
 * 409.
 */
@ApplicationScoped
public class PaymentIntents {

  @PersistenceContext(unitName = "vita")
  EntityManager entityManager;

  @Inject OrderPayments orders;
  @Inject StoreDirectory stores;
  @Inject PaymentGateways gateways;
  @Inject PaymentSettlement settlement;
  @Inject Event<PaymentRecorded> recorded;

  Clock clock = Clock.systemUTC();

  /** The payment opened, or the open one of the same orders; {@code reused} says which. */
  public record Opened(Payment payment, boolean reused) {}

  @Transactional(Transactional.TxType.REQUIRED)
  public Opened open(IntentForm form, UUID buyer) {
    if ((form.checkoutId() == null) == (form.orderId() == null)) {
      throw new BadRequestProblem("Name the checkoutId to pay, or one orderId of it");
    }
    String method = form.method() == null ? "stripe" : form.method();
    List<OrderPayments.Payable> payables =
        orders.lockForPayment(form.checkoutId(), form.orderId(), buyer);
    if (payables.isEmpty()) {
      throw new NotFoundProblem("No such checkout or order of yours");
    }
    List<UUID> orderIds = payables.stream().map(OrderPayments.Payable::orderId).toList();
    Optional<Payment> live = livePaymentOf(orderIds);
    if (live.isPresent()) {
      Payment payment = live.get();
      if (payment.method().equals(method)
          && Set.copyOf(payment.orderIds()).equals(Set.copyOf(orderIds))
          && (payment.status().isOpen() || payment.status() == PaymentStatus.FAILED)) {
        return new Opened(payment, true);
      }
      throw new ProblemException(
          ProblemType.CONFLICT,
          "Payment "
              + payment.id()
              + " ("
              + payment.status().value()
              + ") already covers these"
              + " orders");
    }
    for (OrderPayments.Payable order : payables) {
      if (!order.pending()) {
        throw new ProblemException(
            ProblemType.CONFLICT,
            "Order " + order.orderId() + " is " + order.status() + ": it waits for no payment");
      }
    }
    Money amount = total(payables);
    requireAccepted(payables, method);
    PaymentGateway gateway = gateways.forMethod(method);
    UUID id = UUID.randomUUID();
    UUID checkout = form.orderId() == null ? form.checkoutId() : null;
    PaymentGateway.Intent intent =
        gateway.createIntent(
            new PaymentGateway.IntentRequest(
                id, checkout, orderIds, buyer, amount, "vita-intent-" + id));
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    List<PaymentShare> shares =
        payables.stream()
            .map(
                o ->
                    new PaymentShare(
                        o.orderId(), o.storeId(), o.sellerId(), o.total().minorUnits()))
            .toList();
    Payment payment =
        Payment.open(
            new Payment.Draft(id, buyer, checkout, method, amount, shares),
            gateway.provider(),
            intent.providerRef(),
            intent.clientSecret(),
            now);
    entityManager.persist(payment);
    entityManager.flush();
    recorded.fire(
        new PaymentRecorded(gateway.provider(), "created", amount.currency().getCurrencyCode(), 0));
    if (intent.state().status() != PaymentStatus.REQUIRES_ACTION) {
      settlement.apply(payment, intent.state());
    }
    return new Opened(payment, false);
  }

  private Optional<Payment> livePaymentOf(List<UUID> orderIds) {
    return entityManager
        .createQuery(
            "select distinct p from Payment p join p.shares s where s.orderId in :orders"
                + " and p.status not in :over order by p.createdAt desc",
            Payment.class)
        .setParameter("orders", orderIds)
        .setParameter("over", List.of(PaymentStatus.CANCELLED))
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  private static Money total(List<OrderPayments.Payable> payables) {
    Set<String> currencies = new HashSet<>();
    payables.forEach(o -> currencies.add(o.total().currency().getCurrencyCode()));
    if (currencies.size() > 1) {
      throw new ProblemException(
          ProblemType.UNPROCESSABLE,
          "This checkout's orders are in " + currencies + ": pay each order on its own (orderId)");
    }
    return payables.stream().map(OrderPayments.Payable::total).reduce(Money::plus).orElseThrow();
  }

  private void requireAccepted(List<OrderPayments.Payable> payables, String method) {
    for (OrderPayments.Payable order : payables) {
      Set<String> accepted =
          stores.find(order.storeId()).map(StoreCard::paymentMethods).orElse(Set.of());
      if (!accepted.contains(method)) {
        throw new ProblemException(
            ProblemType.UNPROCESSABLE,
            "Store " + order.storeId() + " does not take " + method + "; it takes " + accepted);
      }
    }
  }
}
