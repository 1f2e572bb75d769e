package com.vita.platform.money;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of one currency, kept as a whole number of the currency's minor units (pesos for CLP,
 * cents for EUR) so it is exact in Java and in PostgreSQL. Never negative: a debt, a refund or a
 * ledger debit says so by its direction, not by its sign. Arithmetic and comparison stay within one
 * currency; mixing two is a programming error and refused.
 *
 * <p>Mapped as an {@code @Embeddable} of two columns, {@code amount_minor} (BIGINT, with a {@code
 * CHECK (... >= 0)} in the schema) and {@code currency} (CHAR(3)), renamed per use with
 * {@code @AttributeOverride}.
 */
@Embeddable
public final class Money implements Comparable<Money> {

  @Column(name = "amount_minor", nullable = false)
  private long amountMinor;

  @Column(name = "currency", nullable = false, length = 3, columnDefinition = "bpchar(3)")
  private String currency;

  protected Money() {} // for JPA

  private Money(long amountMinor, Currency currency) {
    Objects.requireNonNull(currency, "currency");
    if (amountMinor < 0) {
      throw new IllegalArgumentException("An amount of money is never negative: " + amountMinor);
    }
    this.amountMinor = amountMinor;
    this.currency = currency.getCurrencyCode();
  }

  /**
   * From minor units: {@code ofMinor(4990, CLP)} is CLP 4990, {@code ofMinor(595, EUR)} EUR 5.95.
   */
  public static Money ofMinor(long minorUnits, Currency currency) {
    return new Money(minorUnits, currency);
  }

  /**
   * From a decimal amount, which must fit the currency's scale: EUR 5.95 is fine, CLP 10.5 or EUR
   * 1.001 throw {@link ArithmeticException} rather than round someone's money.
   */
  public static Money of(BigDecimal amount, Currency currency) {
    Objects.requireNonNull(amount, "amount");
    BigDecimal exact =
        amount.setScale(currency.getDefaultFractionDigits(), RoundingMode.UNNECESSARY);
    return new Money(exact.movePointRight(exact.scale()).longValueExact(), currency);
  }

  public static Money zero(Currency currency) {
    return new Money(0, currency);
  }

  public long minorUnits() {
    return amountMinor;
  }

  /** The decimal amount at the currency's scale (4990 for CLP 4990, 5.95 for EUR 5.95). */
  public BigDecimal amount() {
    return BigDecimal.valueOf(amountMinor, currency().getDefaultFractionDigits());
  }

  public Currency currency() {
    return Currency.getInstance(currency);
  }

  public boolean isZero() {
    return amountMinor == 0;
  }

  public Money plus(Money other) {
    requireSameCurrency(other);
    return new Money(Math.addExact(amountMinor, other.amountMinor), currency());
  }

  /** This less the other; refused when the other is larger (the result would be negative). */
  public Money minus(Money other) {
    requireSameCurrency(other);
    if (other.amountMinor > amountMinor) {
      throw new IllegalArgumentException(other + " is more than " + this);
    }
    return new Money(amountMinor - other.amountMinor, currency());
  }

  public Money times(long factor) {
    return new Money(Math.multiplyExact(amountMinor, factor), currency());
  }

  @Override
  public int compareTo(Money other) {
    requireSameCurrency(other);
    return Long.compare(amountMinor, other.amountMinor);
  }

  public boolean isGreaterThan(Money other) {
    return compareTo(other) > 0;
  }

  private void requireSameCurrency(Money other) {
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException(currency + " cannot be combined with " + other.currency);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Money m && amountMinor == m.amountMinor && currency.equals(m.currency);
  }

  @Override
  public int hashCode() {
    return Objects.hash(amountMinor, currency);
  }

  @Override
  public String toString() {
    return currency + " " + amount().toPlainString();
  }
}
