package com.vita.payments.control;

import com.vita.payments.entity.BankTransfer;
import java.util.Optional;

/**
 * What the bank's answer means for a declaration: confirmed, refuted (with the reason the buyer
 * reads, such as {@code amount_mismatch: declared 10000, bank 9000}), or not known yet. Pure: the
 * deadline and the bookings are {@link BankVerifications}'.
 *
 * @param account the account transfers must be credited to, or null not to check it
 */
public record BankVerdicts(String account) {

  /** The verdict on one declaration: {@code code} is null unless it is refuted. */
  public record Verdict(Kind kind, String code, String reason) {
    static Verdict confirmed() {
      return new Verdict(Kind.CONFIRMED, null, null);
    }

    static Verdict notYet(String reason) {
      return new Verdict(Kind.NOT_YET, null, reason);
    }

    static Verdict refuted(String code, String detail) {
      return new Verdict(Kind.REFUTED, code, code + ": " + detail);
    }
  }

  public enum Kind {
    CONFIRMED,
    REFUTED,
    NOT_YET
  }

  public Verdict on(BankTransfer.Declaration declared, Optional<BankTransaction> answer) {
    if (answer.isEmpty()) {
      return Verdict.notYet("not_found: the bank has no transaction " + declared.reference());
    }
    BankTransaction found = answer.get();
    if ("pending".equalsIgnoreCase(found.status())) {
      return Verdict.notYet("bank_pending: the bank has not settled it yet");
    }
    if (!found.settled()) {
      return Verdict.refuted("bank_status", "the bank reports it " + found.status());
    }
    if (account != null && !account.equals(found.creditAccount())) {
      return Verdict.refuted("account_mismatch", "it was not credited to VITA's account");
    }
    if (!found.amount().currency().equals(declared.amount().currency())) {
      return Verdict.refuted(
          "currency_mismatch",
          "declared " + declared.amount().currency() + ", bank " + found.amount().currency());
    }
    if (found.amount().minorUnits() != declared.amount().minorUnits()) {
      return Verdict.refuted(
          "amount_mismatch",
          "declared " + declared.amount().minorUnits() + ", bank " + found.amount().minorUnits());
    }
    if (!found.date().equals(declared.date())) {
      return Verdict.refuted(
          "date_mismatch", "declared " + declared.date() + ", bank " + found.date());
    }
    return Verdict.confirmed();
  }
}
