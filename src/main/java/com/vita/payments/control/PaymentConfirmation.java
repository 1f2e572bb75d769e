package com.vita.payments.control;

import com.vita.payments.entity.Payment;
import com.vita.payments.entity.PaymentStatus;
import com.vita.platform.hashing.Sha256;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The buyer's confirm: the provider is asked to take the payment with the given method, and its
 * answer is settled through {@link PaymentSettlement}, the webhook's own path. The payment row is
 * locked for the whole call, so a webhook for it waits and then finds it already moved (or the
 * other way round): one capture, whichever comes first. A payment already captured or cancelled is
 * answered as it is, without asking the provider.
 */
@ApplicationScoped
public class PaymentConfirmation {

  @Inject PaymentAccess access;
  @Inject PaymentGateways gateways;
  @Inject PaymentSettlement settlement;

  @Transactional(Transactional.TxType.REQUIRED)
  public Payment confirm(UUID paymentId, String paymentMethod, String idempotencyKey) {
    Payment payment = access.ownLocked(paymentId);
    if (!payment.status().canMoveTo(PaymentStatus.SUCCEEDED)) {
      return payment;
    }
    String key =
        "vita-confirm-"
            + paymentId
            + "-"
            + Sha256.hex(idempotencyKey.getBytes(StandardCharsets.UTF_8)).substring(0, 32);
    ProviderPayment state =
        gateways.forProvider(payment.provider()).confirm(payment.providerRef(), paymentMethod, key);
    settlement.apply(payment, state);
    return payment;
  }
}
