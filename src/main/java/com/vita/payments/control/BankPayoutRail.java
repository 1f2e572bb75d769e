package com.vita.payments.control;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Payouts to a bank account. The bank documents no payout API, so VITA's finance team makes each
 * transfer by hand from the admin queue: taking a payout here only marks it submitted, and an admin
 * ends it with {@code POST /api/v1/admin/payouts/{id}/settle} (the bank's transfer number) or
 * {@code /return} (why it did not go).
 */
@ApplicationScoped
public class BankPayoutRail implements PayoutRail {

  public static final String NAME = "bank";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public boolean sandbox() {
    return false;
  }

  @Override
  public Submission submit(PayoutInstruction instruction) {
    return new Submission(null);
  }
}
