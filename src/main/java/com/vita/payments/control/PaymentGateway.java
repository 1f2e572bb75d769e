package com.vita.payments.control;

import com.vita.platform.money.Money;
import java.util.List;
import java.util.UUID;

/**
 * What VITA needs of a payment provider, in VITA's terms: open an intent to pay an amount, confirm
 * it with a payment method, look it up, refund part of it, and turn a signed webhook into a {@link
 * ProviderNotice}. Stripe's implementation is the first; Cregis and bank transfers (issue #14) plug
 * in beside it. Every mutating call carries an idempotency key derived from VITA's own ids, so a
 * retry after a lost answer never pays or refunds twice.
 */
public interface PaymentGateway {

  /** The provider's code, stored on each payment: {@code stripe}, {@code sandbox}, … */
  String provider();

  /** Whether this gateway only pretends (local runs): shown in answers, logs and health. */
  boolean sandbox();

  /** What to ask the provider to collect, and for what. */
  record IntentRequest(
      UUID paymentId,
      UUID checkoutId,
      List<UUID> orderIds,
      UUID buyerId,
      Money amount,
      String idempotencyKey) {}

  /** The provider's intent: its id, the secret the buyer's browser completes it with, its state. */
  record Intent(String providerRef, String clientSecret, ProviderPayment state) {}

  /** A refund to ask for: VITA's refund id travels in the provider's metadata. */
  record RefundRequest(
      UUID refundId,
      UUID orderId,
      String paymentRef,
      Money amount,
      String reason,
      String idempotencyKey) {}

  Intent createIntent(IntentRequest request);

  ProviderPayment confirm(String providerRef, String paymentMethod, String idempotencyKey);

  ProviderPayment lookup(String providerRef);

  ProviderRefund refund(RefundRequest request);

  /**
   * Whether the provider gives money back at all: Cregis documents no refund, so a crypto order's
   * money is returned to the buyer by an admin (a payout), and asking the gateway would only fail.
   */
  default boolean refunds() {
    return true;
  }

  ProviderRefund lookupRefund(String providerRefundRef);

  /**
   * Verifies a webhook's signature on its raw body and translates it.
   *
   * @throws InvalidWebhook when the signature, its timestamp or the body is not right
   */
  ProviderNotice verify(String payload, String signatureHeader);
}
