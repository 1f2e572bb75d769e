package com.vita.payments.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vita.payments.entity.BankTransfer;
import com.vita.platform.money.Money;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the bank's answer means for a declaration, with the reason a buyer reads. */
class BankVerdictsTest {

  private static final Currency USD = Currency.getInstance("USD");
  private static final LocalDate DAY = LocalDate.of(2026, 12, 1);
  private static final String ACCOUNT = "0134-VITA";
  private static final BankVerdicts VERDICTS = new BankVerdicts(ACCOUNT);
  private static final BankTransfer.Declaration DECLARED =
      new BankTransfer.Declaration("banesco", "REF-1", Money.ofMinor(10_000, USD), DAY);

  private static Optional<BankTransaction> bank(long minor, LocalDate day, String status) {
    return Optional.of(
        new BankTransaction("REF-1", Money.ofMinor(minor, USD), day, status, ACCOUNT));
  }

  @Test
  void theSameAmountCurrencyAndDayConfirm() {
    assertEquals(
        BankVerdicts.Kind.CONFIRMED, VERDICTS.on(DECLARED, bank(10_000, DAY, "settled")).kind());
  }

  @Test
  void anotherAmountIsRefusedWithBoth() {
    BankVerdicts.Verdict verdict = VERDICTS.on(DECLARED, bank(9_000, DAY, "settled"));
    assertEquals(BankVerdicts.Kind.REFUTED, verdict.kind());
    assertEquals("amount_mismatch", verdict.code());
    assertEquals("amount_mismatch: declared 10000, bank 9000", verdict.reason());
  }

  @Test
  void anotherDayIsRefusedWithBoth() {
    BankVerdicts.Verdict verdict = VERDICTS.on(DECLARED, bank(10_000, DAY.minusDays(2), "settled"));
    assertEquals("date_mismatch: declared 2026-12-01, bank 2026-11-29", verdict.reason());
  }

  @Test
  void anotherCurrencyOrAccountOrABankRefusalIsRefused() {
    Optional<BankTransaction> euros =
        Optional.of(
            new BankTransaction(
                "REF-1",
                Money.ofMinor(10_000, Currency.getInstance("EUR")),
                DAY,
                "settled",
                ACCOUNT));
    assertEquals("currency_mismatch", VERDICTS.on(DECLARED, euros).code());
    Optional<BankTransaction> elsewhere =
        Optional.of(new BankTransaction("REF-1", Money.ofMinor(10_000, USD), DAY, "settled", "x"));
    assertEquals("account_mismatch", VERDICTS.on(DECLARED, elsewhere).code());
    assertEquals("bank_status", VERDICTS.on(DECLARED, bank(10_000, DAY, "reversed")).code());
    assertEquals(
        BankVerdicts.Kind.CONFIRMED,
        new BankVerdicts(null).on(DECLARED, elsewhere).kind(),
        "no account configured: not checked");
  }

  @Test
  void notFoundOrPendingWaits() {
    assertEquals(BankVerdicts.Kind.NOT_YET, VERDICTS.on(DECLARED, Optional.empty()).kind());
    assertEquals(
        BankVerdicts.Kind.NOT_YET, VERDICTS.on(DECLARED, bank(10_000, DAY, "pending")).kind());
  }
}
