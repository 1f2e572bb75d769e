package com.vita.payments.boundary;

import com.vita.payments.control.BankDeclarations;
import com.vita.payments.control.BankTransferGateway;
import com.vita.payments.entity.BankTransfer;
import com.vita.payments.entity.Payment;

/**
 * A payment's bank transfer as its buyer declared it and where its verification stands: {@code
 * awaiting_declaration} (the payment is open, no transfer declared yet), {@code verifying}, {@code
 * verified} or {@code refused} with the reason ({@code amount_mismatch: declared 10000, bank
 * 9000}).
 */
public record BankTransferView(
    String status,
    String bank,
    String reference,
    long amountMinor,
    String currency,
    String date,
    String reason,
    String declaredAt,
    String nextCheckAt) {

  static final BankTransferView AWAITING_DECLARATION =
      new BankTransferView("awaiting_declaration", null, null, 0, null, null, null, null, null);

  /** The view of a bank-transfer payment carries its transfer; others are left as they are. */
  static PaymentView attachedTo(PaymentView view, Payment payment, BankDeclarations transfers) {
    if (!BankTransferGateway.METHOD.equals(payment.method())) {
      return view;
    }
    return view.with(
        transfers.latestOf(payment.id()).map(BankTransferView::of).orElse(AWAITING_DECLARATION));
  }

  static BankTransferView of(BankTransfer t) {
    BankTransfer.Declaration d = t.declaration();
    boolean verifying = t.status() == com.vita.payments.entity.BankTransferStatus.VERIFYING;
    return new BankTransferView(
        t.status().value(),
        d.bank(),
        d.reference(),
        d.amount().minorUnits(),
        d.amount().currency().getCurrencyCode(),
        d.date().toString(),
        t.refusalReason(),
        t.createdAt().toString(),
        verifying ? t.nextCheckAt().toString() : null);
  }
}
