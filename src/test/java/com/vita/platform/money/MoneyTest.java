package com.vita.platform.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class MoneyTest {

  private static final Currency CLP = Currency.getInstance("CLP");
  private static final Currency EUR = Currency.getInstance("EUR");

  @Test
  void minorUnitsFollowTheCurrency() {
    assertEquals(new BigDecimal("4990"), Money.ofMinor(4990, CLP).amount());
    assertEquals(new BigDecimal("5.95"), Money.ofMinor(595, EUR).amount());
    assertEquals(595, Money.ofMinor(595, EUR).minorUnits());
  }

  @Test
  void amountsFinerThanTheCurrencyAllowsAreRefused() {
    assertThrows(ArithmeticException.class, () -> new Money(new BigDecimal("10.5"), CLP));
    assertThrows(ArithmeticException.class, () -> new Money(new BigDecimal("1.001"), EUR));
  }

  @Test
  void arithmeticStaysInOneCurrency() {
    assertEquals(
        Money.ofMinor(7390, CLP), Money.ofMinor(4990, CLP).plus(Money.ofMinor(1200, CLP).times(2)));
    assertThrows(
        IllegalArgumentException.class, () -> Money.ofMinor(1, CLP).plus(Money.ofMinor(1, EUR)));
  }
}
