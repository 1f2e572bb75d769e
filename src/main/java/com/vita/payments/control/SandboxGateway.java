package com.vita.payments.control;

import com.vita.payments.entity.PaymentStatus;
import com.vita.payments.entity.RefundStatus;
import com.vita.platform.providers.ProviderRefused;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A pretend card provider for local runs without a Stripe key, so a checkout can be paid end to end
 * on a laptop: intents live in memory, {@code confirm} succeeds at once except for Stripe's test
 * methods that decline ({@code pm_card_chargeDeclined}) or ask for 3-D Secure ({@code
 * pm_card_authenticationRequired}), refunds succeed at once. Its payments say {@code provider:
 * sandbox} in every answer; the start-up log and health say so too, and production mode refuses to
 * start with it. Nothing here moves real money.
 */
@ApplicationScoped
public class SandboxGateway implements PaymentGateway {

  static final String PROVIDER = "sandbox";

  private final Map<String, ProviderPayment> intents = new ConcurrentHashMap<>();
  private final Map<String, ProviderRefund> refunds = new ConcurrentHashMap<>();
  private final Map<String, Long> amounts = new ConcurrentHashMap<>();

  @Override
  public String provider() {
    return PROVIDER;
  }

  @Override
  public boolean sandbox() {
    return true;
  }

  @Override
  public Intent createIntent(IntentRequest request) {
    String ref = "sandbox_pi_" + request.paymentId().toString().replace("-", "");
    ProviderPayment state =
        new ProviderPayment(
            ref,
            PaymentStatus.REQUIRES_ACTION,
            0,
            request.amount().currency().getCurrencyCode(),
            null,
            null,
            null);
    amounts.put(ref, request.amount().minorUnits());
    ProviderPayment kept = intents.computeIfAbsent(ref, r -> state);
    return new Intent(ref, ref + "_secret_sandbox", kept);
  }

  @Override
  public ProviderPayment confirm(String providerRef, String paymentMethod, String idempotencyKey) {
    ProviderPayment intent = lookup(providerRef);
    if (intent.status() == PaymentStatus.SUCCEEDED || intent.status() == PaymentStatus.CANCELLED) {
      return intent;
    }
    ProviderPayment next =
        switch (paymentMethod == null ? "" : paymentMethod) {
          case "pm_card_chargeDeclined" ->
              new ProviderPayment(
                  providerRef,
                  PaymentStatus.FAILED,
                  0,
                  intent.currency(),
                  "card_declined",
                  "Your card was declined (sandbox).",
                  null);
          case "pm_card_authenticationRequired" ->
              new ProviderPayment(
                  providerRef,
                  PaymentStatus.REQUIRES_ACTION,
                  0,
                  intent.currency(),
                  null,
                  null,
                  "use_stripe_sdk");
          default ->
              new ProviderPayment(
                  providerRef,
                  PaymentStatus.SUCCEEDED,
                  amounts.getOrDefault(providerRef, 0L),
                  intent.currency(),
                  null,
                  null,
                  null);
        };
    intents.put(providerRef, next);
    return next;
  }

  @Override
  public ProviderPayment lookup(String providerRef) {
    ProviderPayment intent = intents.get(providerRef);
    if (intent == null) {
      throw new ProviderRefused("The sandbox does not know " + providerRef, 404, null);
    }
    return intent;
  }

  @Override
  public ProviderRefund refund(RefundRequest request) {
    ProviderRefund refund =
        new ProviderRefund(
            "sandbox_re_" + request.refundId().toString().replace("-", ""),
            request.paymentRef(),
            request.refundId(),
            RefundStatus.SUCCEEDED,
            request.amount().minorUnits(),
            request.amount().currency().getCurrencyCode());
    refunds.put(refund.providerRef(), refund);
    return refund;
  }

  @Override
  public ProviderRefund lookupRefund(String providerRefundRef) {
    ProviderRefund refund = refunds.get(providerRefundRef);
    if (refund == null) {
      throw new ProviderRefused("The sandbox does not know " + providerRefundRef, 404, null);
    }
    return refund;
  }

  @Override
  public ProviderNotice verify(String payload, String signatureHeader) {
    throw new InvalidWebhook("The payments sandbox sends no webhooks");
  }
}
