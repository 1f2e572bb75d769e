package com.vita.payments.control;

import com.vita.platform.money.Money;
import java.util.UUID;

/**
 * Where a seller's payout leaves VITA: a Cregis crypto wallet, a bank account. A rail only sends;
 * the payout's ledger (wallet → payout clearing → settled or returned) is booked by the payouts
 * code, and a rail reports the end of a payout it sent by firing a {@link PayoutOutcome} (at once,
 * or later from its provider's verified callback).
 */
public interface PayoutRail {

  /** The rail's code, stored on each payout: {@code cregis}, {@code bank}, … */
  String name();

  /** Whether this rail only pretends (local runs): shown in answers, logs and health. */
  boolean sandbox();

  /**
   * A payout to send: VITA's id (which makes a retry a no-op at the provider), the seller, the
   * amount in the wallet's currency, and the destination as the seller gave it (a crypto address
   * and its Cregis currency code, or a bank account).
   */
  record PayoutInstruction(
      UUID payoutId,
      UUID sellerId,
      Money amount,
      String destination,
      String destinationCurrency,
      String idempotencyKey) {}

  /** What the provider answered: its reference for the payout, to match its callback by. */
  record Submission(String providerRef) {}

  /**
   * Sends the payout.
   *
   * @throws RuntimeException when the provider refused it or could not be reached: the payout is
   *     then returned to the wallet
   */
  Submission submit(PayoutInstruction instruction);
}
