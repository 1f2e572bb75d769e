package com.vita.payments.control;

import com.vita.payments.entity.Payment;
import com.vita.payments.entity.PaymentStatus;
import com.vita.payments.entity.RefundStatus;
import com.vita.platform.problems.ProblemException;
import com.vita.platform.problems.ProblemType;
import com.vita.platform.providers.ProviderRefused;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;

/**
 * Bank transfers as a {@link PaymentGateway}: the intent only opens the payment (the buyer then
 * transfers at their bank and declares it, {@link BankDeclarations}); nothing is confirmed here and
 * the bank sends no webhooks: the verification queue is the only path from {@code processing} to
 * {@code succeeded} ({@link BankVerifications}). Reconciliation's lookup answers the payment's own
 * state, so it is left to the queue. A refund cannot be pulled back from a bank transfer by API: it
 * stays {@code pending} until paid back outside VITA (left for the payouts work).
 *
 * <p>Provider {@code bank_transfer}, or {@code bank_sandbox} when no client secret is configured.
 */
@ApplicationScoped
public class BankTransferGateway implements PaymentGateway {

  public static final String METHOD = "bank_transfer";
  public static final String PROVIDER = "bank_transfer";
  public static final String SANDBOX_PROVIDER = "bank_sandbox";

  @PersistenceContext(unitName = "vita")
  EntityManager entityManager;

  @Inject BankConnection connection;

  @Override
  public String provider() {
    return sandbox() ? SANDBOX_PROVIDER : PROVIDER;
  }

  @Override
  public boolean sandbox() {
    return connection.sandbox();
  }

  @Override
  public Intent createIntent(IntentRequest request) {
    String ref = "bt_" + request.paymentId().toString().replace("-", "");
    return new Intent(ref, null, state(ref, PaymentStatus.REQUIRES_ACTION, request.amount()));
  }

  @Override
  public ProviderPayment confirm(String providerRef, String paymentMethod, String idempotencyKey) {
    throw new ProblemException(
        ProblemType.UNPROCESSABLE,
        "A bank transfer is not confirmed: declare it (POST /api/v1/payments/{id}/transfer)");
  }

  @Override
  public ProviderPayment lookup(String providerRef) {
    Payment payment =
        entityManager
            .createQuery("select p from Payment p where p.providerRef = :ref", Payment.class)
            .setParameter("ref", providerRef)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new ProviderRefused("No bank transfer " + providerRef, 404, null));
    // As a card provider would say: money received stays "succeeded" whatever was refunded since.
    PaymentStatus said = payment.status().isCaptured() ? PaymentStatus.SUCCEEDED : payment.status();
    return state(providerRef, said, payment.amount());
  }

  @Override
  public ProviderRefund refund(RefundRequest request) {
    return new ProviderRefund(
        "bt_re_" + request.refundId(),
        request.paymentRef(),
        request.refundId(),
        RefundStatus.PENDING,
        request.amount().minorUnits(),
        request.amount().currency().getCurrencyCode());
  }

  @Override
  public ProviderRefund lookupRefund(String providerRefundRef) {
    UUID refund = UUID.fromString(providerRefundRef.substring("bt_re_".length()));
    return new ProviderRefund(providerRefundRef, null, refund, RefundStatus.PENDING, 0, null);
  }

  @Override
  public ProviderNotice verify(String payload, String signatureHeader) {
    throw new InvalidWebhook("The bank sends no webhooks: transfers are verified by lookup");
  }

  private static ProviderPayment state(
      String ref, PaymentStatus status, com.vita.platform.money.Money amount) {
    long received = status.isCaptured() ? amount.minorUnits() : 0;
    return new ProviderPayment(
        ref, status, received, amount.currency().getCurrencyCode(), null, null, null);
  }
}
