package com.vita.platform.money;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of a currency at that currency's scale (0 decimals for CLP, 2 for EUR). Arithmetic
 * stays in one currency; mixing currencies is a programming error and refused.
 */
public record Money(BigDecimal amount, Currency currency) {

  public Money {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
    amount =
        amount.setScale(currency.getDefaultFractionDigits(), java.math.RoundingMode.UNNECESSARY);
  }

  /**
   * From minor units: {@code ofMinor(4990, CLP)} is CLP 4990, {@code ofMinor(595, EUR)} EUR 5.95.
   */
  public static Money ofMinor(long minorUnits, Currency currency) {
    return new Money(BigDecimal.valueOf(minorUnits, currency.getDefaultFractionDigits()), currency);
  }

  public long minorUnits() {
    return amount.movePointRight(currency.getDefaultFractionDigits()).longValueExact();
  }

  public Money plus(Money other) {
    requireSameCurrency(other);
    return new Money(amount.add(other.amount), currency);
  }

  public Money times(long factor) {
    return new Money(amount.multiply(BigDecimal.valueOf(factor)), currency);
  }

  private void requireSameCurrency(Money other) {
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException(currency + " cannot be added to " + other.currency);
    }
  }
}
