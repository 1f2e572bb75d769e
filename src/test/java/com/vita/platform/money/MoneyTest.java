package com.vita.platform.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    assertEquals(595, Money.of(new BigDecimal("5.95"), EUR).minorUnits());
    assertEquals(4990, Money.of(new BigDecimal("4990"), CLP).minorUnits());
    assertEquals(500, Money.of(new BigDecimal("5"), EUR).minorUnits());
  }

  @Test
  void amountsFinerThanTheCurrencyAllowsAreRefused() {
    assertThrows(ArithmeticException.class, () -> Money.of(new BigDecimal("10.5"), CLP));
    assertThrows(ArithmeticException.class, () -> Money.of(new BigDecimal("1.001"), EUR));
  }

  @Test
  void moneyIsNeverNegative() {
    assertThrows(IllegalArgumentException.class, () -> Money.ofMinor(-1, EUR));
    assertThrows(IllegalArgumentException.class, () -> Money.of(new BigDecimal("-0.01"), EUR));
    assertThrows(
        IllegalArgumentException.class,
        () -> Money.ofMinor(100, EUR).minus(Money.ofMinor(101, EUR)));
    assertEquals(Money.zero(EUR), Money.ofMinor(100, EUR).minus(Money.ofMinor(100, EUR)));
  }

  @Test
  void arithmeticStaysInOneCurrency() {
    assertEquals(
        Money.ofMinor(7390, CLP), Money.ofMinor(4990, CLP).plus(Money.ofMinor(1200, CLP).times(2)));
    assertEquals(
        Money.ofMinor(3790, CLP), Money.ofMinor(4990, CLP).minus(Money.ofMinor(1200, CLP)));
    assertThrows(
        IllegalArgumentException.class, () -> Money.ofMinor(1, CLP).plus(Money.ofMinor(1, EUR)));
    assertThrows(
        IllegalArgumentException.class, () -> Money.ofMinor(1, CLP).minus(Money.ofMinor(1, EUR)));
  }

  @Test
  void comparisonRefusesMixedCurrencies() {
    assertTrue(Money.ofMinor(2, EUR).isGreaterThan(Money.ofMinor(1, EUR)));
    assertEquals(0, Money.ofMinor(1, EUR).compareTo(Money.ofMinor(1, EUR)));
    assertThrows(
        IllegalArgumentException.class,
        () -> Money.ofMinor(1, CLP).compareTo(Money.ofMinor(1, EUR)));
  }

  @Test
  void overflowIsAnErrorNotAWrapAround() {
    assertThrows(
        ArithmeticException.class,
        () -> Money.ofMinor(Long.MAX_VALUE, EUR).plus(Money.ofMinor(1, EUR)));
    assertThrows(
        ArithmeticException.class, () -> Money.ofMinor(Long.MAX_VALUE / 2 + 1, EUR).times(2));
  }

  @Test
  void printsAsCurrencyAndAmount() {
    assertEquals("EUR 5.95", Money.ofMinor(595, EUR).toString());
    assertEquals("CLP 4990", Money.ofMinor(4990, CLP).toString());
  }
}
