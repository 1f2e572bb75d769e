/**
 * The payment flow and the ledger: {@link com.vita.payments.control.PaymentGateway} and its
 * providers, {@link com.vita.payments.control.PaymentSettlement} (the one path every provider
 * answer, webhook and reconciliation takes), the ledger's bookings and the wallets' reads.
 */
package com.vita.payments.control;
