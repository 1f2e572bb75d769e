package com.vita.payments.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vita.platform.money.Money;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A declared transfer's life: due at once, asked again later, then verified or refused, once. */
class BankTransferTest {

  private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

  private static BankTransfer declared() {
    return BankTransfer.declared(
        UUID.randomUUID(),
        new BankTransfer.Declaration(
            "banesco",
            "REF-1",
            Money.ofMinor(10_000, Currency.getInstance("USD")),
            LocalDate.of(2026, 12, 1)),
        NOW,
        Duration.ofDays(3));
  }

  @Test
  void aDeclarationIsDueAtOnceUntilItsDeadline() {
    BankTransfer t = declared();
    assertEquals(BankTransferStatus.VERIFYING, t.status());
    assertEquals(NOW, t.nextCheckAt());
    assertFalse(t.pastDeadline(NOW.plus(Duration.ofDays(3)).minusMillis(1)));
    assertTrue(t.pastDeadline(NOW.plus(Duration.ofDays(3))));
  }

  @Test
  void askingAgainCountsOnlyLookupsMade() {
    BankTransfer t = declared();
    t.askAgainAt(NOW.plusSeconds(60), false, NOW);
    assertEquals(0, t.attempts(), "deferred by the rate limit: the bank was not asked");
    t.askAgainAt(NOW.plusSeconds(120), true, NOW);
    assertEquals(1, t.attempts());
    assertEquals(NOW.plusSeconds(120), t.nextCheckAt());
  }

  @Test
  void verifiedAndRefusedAreFinal() {
    BankTransfer verified = declared();
    verified.verified(NOW);
    assertEquals(NOW, verified.verifiedAt());
    assertThrows(IllegalStateException.class, () -> verified.refused("x", "x: y", NOW));

    BankTransfer refused = declared();
    refused.refused("amount_mismatch", "amount_mismatch: declared 10000, bank 9000", NOW);
    assertEquals("amount_mismatch: declared 10000, bank 9000", refused.refusalReason());
    assertThrows(IllegalStateException.class, () -> refused.verified(NOW));
    assertThrows(IllegalStateException.class, () -> refused.askAgainAt(NOW, true, NOW));
  }
}
