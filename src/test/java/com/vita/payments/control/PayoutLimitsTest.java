package com.vita.payments.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vita.platform.money.Money;
import com.vita.platform.problems.ProblemException;
import java.util.Currency;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Minimum, maximum and daily maximum per currency, from one setting each. */
class PayoutLimitsTest {

  private static final Currency CLP = Currency.getInstance("CLP");
  private static final Currency EUR = Currency.getInstance("EUR");

  private final PayoutLimits limits =
      new PayoutLimits("CLP=1000, EUR=500", "CLP=30000", "CLP=50000,EUR=100000");

  @Test
  void theMinimumAndMaximumAreInclusive() {
    assertDoesNotThrow(() -> limits.checkAmount(Money.ofMinor(1_000, CLP)));
    assertDoesNotThrow(() -> limits.checkAmount(Money.ofMinor(30_000, CLP)));
    ProblemException low =
        assertThrows(ProblemException.class, () -> limits.checkAmount(Money.ofMinor(999, CLP)));
    assertEquals(422, low.type().status());
    assertTrue(low.getMessage().contains("at least"), low.getMessage());
    ProblemException high =
        assertThrows(ProblemException.class, () -> limits.checkAmount(Money.ofMinor(30_001, CLP)));
    assertTrue(high.getMessage().contains("at most"), high.getMessage());
    assertDoesNotThrow(
        () -> limits.checkAmount(Money.ofMinor(9_999_999, EUR)), "EUR has no maximum set");
  }

  @Test
  void aCurrencyWithoutAMinimumHasNoPayouts() {
    ProblemException none =
        assertThrows(
            ProblemException.class,
            () -> limits.checkAmount(Money.ofMinor(5_000, Currency.getInstance("USD"))));
    assertTrue(none.getMessage().contains("not offered"), none.getMessage());
  }

  @Test
  void theDayCountsWhatWasAlreadyPaidOut() {
    assertDoesNotThrow(() -> limits.checkDay(Money.ofMinor(20_000, CLP), 30_000));
    ProblemException over =
        assertThrows(
            ProblemException.class, () -> limits.checkDay(Money.ofMinor(1_000, CLP), 50_000));
    assertTrue(over.getMessage().contains("a day"), over.getMessage());
    assertTrue(over.getMessage().contains("CLP 0") || over.getMessage().contains("0"));
  }

  @Test
  void aMalformedSettingFailsNamingItsKey() {
    assertEquals(Map.of("CLP", 1L, "EUR", 2L), PayoutLimits.parse("k", "CLP=1,EUR=2"));
    assertEquals(Map.of(), PayoutLimits.parse("k", " "));
    IllegalStateException bad =
        assertThrows(IllegalStateException.class, () -> PayoutLimits.parse("payouts.x", "CLP:1"));
    assertTrue(bad.getMessage().contains("payouts.x"));
    assertThrows(IllegalStateException.class, () -> PayoutLimits.parse("k", "ZZZ=1"));
    assertThrows(IllegalStateException.class, () -> PayoutLimits.parse("k", "CLP=-5"));
  }
}
