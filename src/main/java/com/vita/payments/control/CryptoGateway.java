package com.vita.payments.control;

import com.vita.payments.entity.CryptoCharge;
import com.vita.payments.entity.PaymentStatus;
import com.vita.platform.problems.ProblemException;
import com.vita.platform.problems.ProblemType;
import com.vita.platform.providers.ProviderRefused;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * What Cregis and its sandbox share: an intent is a deposit address and an amount of the coin,
 * quoted at the configured rate and fixed on a {@link CryptoCharge} in the intent's transaction
 * (the payment row follows it). There is nothing to confirm: the deposit callback ({@link
 * CregisDeposits}) pays the payment. Cregis documents no refund, so crypto refunds are refused here
 * and made by an admin through a payout.
 */
abstract class CryptoGateway implements PaymentGateway {

  @PersistenceContext(unitName = "vita")
  EntityManager entityManager;

  @Inject CregisSettings settings;

  Clock clock = Clock.systemUTC();

  /** A new deposit address for this payment. */
  abstract String newAddress(IntentRequest request);

  @Override
  public Intent createIntent(IntentRequest request) {
    BigDecimal rate = settings.rates().rate(request.amount().currency().getCurrencyCode());
    BigDecimal due = settings.rates().toPay(request.amount(), settings.decimals());
    String address = newAddress(request);
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    entityManager.persist(
        CryptoCharge.open(
            new CryptoCharge.Terms(
                request.paymentId(),
                provider(),
                address,
                settings.chainId(),
                settings.currency(),
                due,
                rate,
                request.amount(),
                now.plus(settings.paymentWindow())),
            now));
    return new Intent(address, null, waiting(address, request));
  }

  private static ProviderPayment waiting(String address, IntentRequest request) {
    return new ProviderPayment(
        address,
        PaymentStatus.REQUIRES_ACTION,
        0,
        request.amount().currency().getCurrencyCode(),
        null,
        null,
        "send_crypto");
  }

  @Override
  public ProviderPayment confirm(String providerRef, String paymentMethod, String idempotencyKey) {
    throw new ProblemException(
        ProblemType.UNPROCESSABLE,
        "A crypto payment is paid by sending the amount to its address, not confirmed");
  }

  /**
   * Cregis documents no query of an address' deposits, so Cregis' word is the deposits its
   * callbacks reported: paid in full once they covered the charge, else still waiting. The
   * reconciliation timer and the daily report then agree with what the callbacks settled.
   */
  @Override
  public ProviderPayment lookup(String providerRef) {
    CryptoCharge charge =
        entityManager
            .createNamedQuery(CryptoCharge.BY_ADDRESS, CryptoCharge.class)
            .setParameter("provider", provider())
            .setParameter("address", providerRef)
            .getResultStream()
            .findFirst()
            .orElseThrow(
                () -> new ProviderRefused("No crypto charge at " + providerRef, 404, null));
    boolean paid = charge.isCovered();
    return new ProviderPayment(
        providerRef,
        paid ? PaymentStatus.SUCCEEDED : PaymentStatus.REQUIRES_ACTION,
        paid ? charge.fiatMinor() : 0,
        charge.fiatCurrency(),
        null,
        null,
        paid ? null : "send_crypto");
  }

  @Override
  public boolean refunds() {
    return false;
  }

  @Override
  public ProviderRefund refund(RefundRequest request) {
    throw new ProviderRefused("Cregis documents no refund: return crypto by a payout", 0, null);
  }

  @Override
  public ProviderRefund lookupRefund(String providerRefundRef) {
    throw new ProviderRefused("Cregis documents no refund", 0, null);
  }

  /** Cregis' callbacks have their own endpoint and verification ({@link CregisCallbacks}). */
  @Override
  public ProviderNotice verify(String payload, String signatureHeader) {
    throw new InvalidWebhook("Cregis callbacks go to /api/v1/payments/webhook/cregis");
  }
}
