package com.vita.payments.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.vita.platform.money.Money;
import com.vita.platform.problems.ProblemException;
import java.util.Currency;
import org.junit.jupiter.api.Test;

/**
 * Stripe's currency rules against ISO 4217, for VITA's five currencies and Stripe's special cases.
 */
class StripeAmountsTest {

  private static Money money(long minor, String currency) {
    return Money.ofMinor(minor, Currency.getInstance(currency));
  }

  @Test
  void vitasFiveCurrenciesGoToStripeAsTheyAreKept() {
    assertEquals(19_475, StripeAmounts.toStripe(money(19_475, "CLP")), "zero-decimal: whole pesos");
    assertEquals(1_999, StripeAmounts.toStripe(money(1_999, "EUR")));
    assertEquals(5_000_000, StripeAmounts.toStripe(money(5_000_000, "COP")));
    assertEquals(1_000, StripeAmounts.toStripe(money(1_000, "MXN")));
    assertEquals(200, StripeAmounts.toStripe(money(200, "AED")));
    assertEquals("clp", StripeAmounts.code(Currency.getInstance("CLP")));
  }

  @Test
  void belowStripesMinimumChargeIsRefusedBeforeAsking() {
    assertEquals(
        422,
        assertThrows(ProblemException.class, () -> StripeAmounts.toStripe(money(49, "EUR")))
            .type()
            .status());
    assertThrows(ProblemException.class, () -> StripeAmounts.toStripe(money(999, "MXN")));
    assertThrows(ProblemException.class, () -> StripeAmounts.toStripe(money(199, "AED")));
    assertEquals(50, StripeAmounts.toStripe(money(50, "EUR")));
  }

  @Test
  void whereStripeAndIsoDisagreeTheAmountIsConverted() {
    // ISK has no minor unit in ISO 4217 but Stripe takes it with two decimals
    assertEquals(50_000, StripeAmounts.toStripe(money(500, "ISK")));
    assertEquals(500, StripeAmounts.fromStripe(50_000, "isk").minorUnits());
    // three-decimal currencies must end in 0
    assertEquals(5_120, StripeAmounts.toStripe(money(5_120, "KWD")));
    assertThrows(ProblemException.class, () -> StripeAmounts.toStripe(money(5_124, "KWD")));
    assertEquals(19_475, StripeAmounts.fromStripe(19_475, "clp").minorUnits());
  }
}
