package com.vita.payments.control;

import com.vita.payments.entity.Payout;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * What a payout books: at request the seller's available money moves to the rail's payout clearing;
 * at the end it moves on to the rail's provider clearing (settled: it left VITA there) or back to
 * the seller's available money (returned). The database books each at most once per payout; each
 * runs in the caller's transaction, after the caller locked the payout.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PayoutBookings {

  @Inject Ledger ledger;
  @Inject LedgerAccounts accounts;

  /** The debit, from the seller's available account (which the caller holds locked). */
  public void debit(Payout payout, long availableAccount, Instant now) {
    long amount = payout.amount().minorUnits();
    String currency = currency(payout);
    post(
        payout,
        "payout",
        List.of(
            new Ledger.Leg(availableAccount, currency, -amount, null),
            new Ledger.Leg(
                accounts.payoutClearing(payout.rail(), currency), currency, amount, null)),
        now);
  }

  public void settled(Payout payout, Instant now) {
    long amount = payout.amount().minorUnits();
    String currency = currency(payout);
    post(
        payout,
        "payout_settled",
        List.of(
            new Ledger.Leg(
                accounts.payoutClearing(payout.rail(), currency), currency, -amount, null),
            new Ledger.Leg(accounts.clearing(payout.rail(), currency), currency, amount, null)),
        now);
  }

  public void returned(Payout payout, Instant now) {
    long amount = payout.amount().minorUnits();
    String currency = currency(payout);
    post(
        payout,
        "payout_returned",
        List.of(
            new Ledger.Leg(
                accounts.payoutClearing(payout.rail(), currency), currency, -amount, null),
            new Ledger.Leg(
                accounts.available(payout.sellerId(), currency), currency, amount, null)),
        now);
  }

  private void post(Payout payout, String kind, List<Ledger.Leg> legs, Instant now) {
    ledger.post(
        new Ledger.Booking(
            kind, null, null, null, payout.id(), kind.replace('_', ' ') + " " + payout.id()),
        legs,
        now);
  }

  private static String currency(Payout payout) {
    return payout.amount().currency().getCurrencyCode();
  }
}
