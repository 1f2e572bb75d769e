package com.vita.orders.entity;

import com.vita.platform.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The tax part of a tax-inclusive amount: {@code total × rate / (1 + rate)}, rounded half up to the
 * currency's minor unit (a whole peso for CLP, a cent for EUR). Rounded once, on the order's total,
 * so the parts shown never add up to more than the total.
 */
public final class IncludedTax {

  private IncludedTax() {}

  public static Money of(Money total, BigDecimal rate) {
    if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) >= 0) {
      throw new IllegalArgumentException("A tax rate is in [0, 1): " + rate);
    }
    BigDecimal minor =
        BigDecimal.valueOf(total.minorUnits())
            .multiply(rate)
            .divide(BigDecimal.ONE.add(rate), 0, RoundingMode.HALF_UP);
    return Money.ofMinor(minor.longValueExact(), total.currency());
  }
}
