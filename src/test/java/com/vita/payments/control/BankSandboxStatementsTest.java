package com.vita.payments.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vita.payments.entity.BankTransfer;
import com.vita.platform.money.Money;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.Test;

/** The labelled pretend bank of local runs: "OK…" references exist as declared, others never. */
class BankSandboxStatementsTest {

  private static BankTransfer.Declaration declared(String reference) {
    return new BankTransfer.Declaration(
        "banesco",
        reference,
        Money.ofMinor(8_000, Currency.getInstance("CLP")),
        LocalDate.of(2026, 12, 1));
  }

  @Test
  void aReferenceStartingWithOkIsSettledAsDeclared() {
    BankTransaction found = new BankSandboxStatements().find(declared("OK-123")).orElseThrow();
    assertTrue(found.settled());
    assertEquals(Money.ofMinor(8_000, Currency.getInstance("CLP")), found.amount());
    assertEquals(
        BankVerdicts.Kind.CONFIRMED,
        new BankVerdicts(null).on(declared("OK-123"), java.util.Optional.of(found)).kind());
  }

  @Test
  void anyOtherIsNeverFound() {
    assertTrue(new BankSandboxStatements().find(declared("REF-123")).isEmpty());
  }
}
