/**
 * Payments: a buyer pays a checkout (or one order) through a {@link
 * com.vita.payments.control.PaymentGateway} (Stripe, or the local sandbox), the provider's answer
 * or webhook settles it through one code path, and every captured or refunded amount is booked in a
 * double-entry ledger that the sellers' wallets read. The database keeps the ledger immutable and
 * balanced and books each capture, refund and release once; the outbox tells orders a checkout was
 * paid or an order refunded. A timer asks providers about payments their webhook never settled and
 * writes a daily report of disagreements for admins. Sellers with an approved business pay their
 * available money out through a {@link com.vita.payments.control.PayoutRail} (found by name): the
 * debit is booked under the wallet account's row lock, the rail asked after it commits, and each
 * payout ends once, settled or returned (docs/payments.md).
 */
package com.vita.payments;
