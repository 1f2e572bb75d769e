/**
 * The payment and its refunds as entities guarding their own states ({@link
 * com.vita.payments.entity.PaymentStatus}); the ledger itself is written by SQL only, since its
 * rows are never changed once written.
 */
package com.vita.payments.entity;
