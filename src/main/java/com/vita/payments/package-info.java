/**
 * Payments: a buyer pays a checkout (or one order) through a {@link
 * com.vita.payments.control.PaymentGateway} (Stripe, or the local sandbox), the provider's answer
 * or webhook settles it through one code path, and every captured or refunded amount is booked in a
 * double-entry ledger that the sellers' wallets read. The database keeps the ledger immutable and
 * balanced and books each capture, refund and release once; the outbox tells orders a checkout was
 * paid or an order refunded. A timer asks providers about payments their webhook never settled and
 * writes a daily report of disagreements for admins.
 *
 * <p>Crypto (issue #14) goes through Cregis ({@code Cregis*} classes, {@code docs/payments.md}): a
 * payment is a deposit address and an amount quoted at a stored rate; Cregis' signed deposit
 * callbacks pay it through the same settlement path, and every deposit, also an under-, over- or
 * late one, is recorded with its outcome. Sellers' virtual VISA cards come from a sandbox issuer
 * only, because Cregis documents no card API.
 *
 * <p>Bank transfers (issue #14) are declared by the buyer and verified against the bank's OAuth 2.0
 * API by a queue worked inside the bank's rate limit ({@link
 * com.vita.payments.control.BankVerifications}; docs/payments.md).
 *
 * <p>Sellers with an approved business pay their available money out through a {@link
 * com.vita.payments.control.PayoutRail} (found by name): the debit is booked under the wallet
 * account's row lock, the rail asked after it commits, and each payout ends once, settled or
 * returned (docs/payments.md).
 */
package com.vita.payments;
