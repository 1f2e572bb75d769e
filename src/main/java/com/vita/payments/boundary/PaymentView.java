package com.vita.payments.boundary;

import com.vita.payments.control.CryptoPayments;
import com.vita.payments.entity.Payment;
import com.vita.payments.entity.PaymentRefund;
import com.vita.payments.entity.PaymentShare;
import com.vita.payments.entity.PaymentStatus;
import java.util.List;

/**
 * A payment as the API shows it. {@code clientSecret} (what Stripe.js completes the payment with)
 * only to its buyer and only while it still needs them; {@code sandbox} says no money moves. A
 * crypto payment has {@code crypto}: the address and amount to send, what was received, where it
 * stands ({@code underpaid}, …) and its deposits; a bank transfer has {@code bankTransfer}, the
 * declaration and its verification; each null for other methods.
 */
public record PaymentView(
    String id,
    String status,
    String method,
    String provider,
    boolean sandbox,
    String currency,
    long amountMinor,
    long refundedMinor,
    String checkoutId,
    List<Share> orders,
    String clientSecret,
    String providerRef,
    Failure failure,
    boolean reused,
    String createdAt,
    String updatedAt,
    String capturedAt,
    CryptoPayments.Crypto crypto,
    BankTransferView bankTransfer) {

  public record Share(String orderId, String storeId, long amountMinor) {}

  public record Failure(String code, String message) {}

  /** A refund as the API shows it. */
  public record RefundView(
      String id,
      String paymentId,
      String orderId,
      String status,
      String currency,
      long amountMinor,
      String providerRef,
      String reason,
      String createdAt) {

    static RefundView of(PaymentRefund r) {
      return new RefundView(
          r.id().toString(),
          r.paymentId().toString(),
          r.orderId().toString(),
          r.status().value(),
          r.amount().currency().getCurrencyCode(),
          r.amount().minorUnits(),
          r.providerRef(),
          r.reason(),
          r.createdAt().toString());
    }
  }

  static PaymentView of(Payment p, boolean forBuyer, boolean reused) {
    return of(p, forBuyer, reused, null);
  }

  static PaymentView of(Payment p, boolean forBuyer, boolean reused, CryptoPayments.Crypto crypto) {
    boolean open = p.status().canMoveTo(PaymentStatus.SUCCEEDED);
    return new PaymentView(
        p.id().toString(),
        p.status().value(),
        p.method(),
        p.provider(),
        p.provider().endsWith("sandbox"),
        p.amount().currency().getCurrencyCode(),
        p.amount().minorUnits(),
        p.refundedMinor(),
        p.checkoutId() == null ? null : p.checkoutId().toString(),
        p.shares().stream().map(PaymentView::share).toList(),
        forBuyer && open ? p.clientSecret() : null,
        p.providerRef(),
        p.failureCode() == null ? null : new Failure(p.failureCode(), p.failureMessage()),
        reused,
        p.createdAt().toString(),
        p.updatedAt().toString(),
        p.capturedAt() == null ? null : p.capturedAt().toString(),
        crypto,
        null);
  }

  /** The same view with the payment's latest bank transfer declaration (issue #14). */
  PaymentView with(BankTransferView transfer) {
    return new PaymentView(
        id,
        status,
        method,
        provider,
        sandbox,
        currency,
        amountMinor,
        refundedMinor,
        checkoutId,
        orders,
        clientSecret,
        providerRef,
        failure,
        reused,
        createdAt,
        updatedAt,
        capturedAt,
        crypto,
        transfer);
  }

  private static Share share(PaymentShare s) {
    return new Share(s.orderId().toString(), s.storeId().toString(), s.amountMinor());
  }
}
