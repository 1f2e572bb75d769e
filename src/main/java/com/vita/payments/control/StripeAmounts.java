package com.vita.payments.control;

import com.vita.platform.money.Money;
import com.vita.platform.problems.ProblemException;
import com.vita.platform.problems.ProblemType;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Amounts as Stripe's API wants them (its currency documentation, "Minor units in API amounts"): in
 * the currency's minor unit, except that Stripe's zero-decimal currencies take whole units and its
 * three-decimal ones must end in 0. For VITA's five currencies Stripe agrees with ISO 4217 — CLP is
 * zero-decimal in both, COP, MXN, EUR and AED two-decimal in both (none is among Stripe's special
 * cases ISK, HUF, TWD, UGX) — so the rule is checked, not assumed: a currency where the two differ
 * is converted, or refused when that would round. Below Stripe's documented minimum charge (EUR
 * 0.50, MXN 10.00, AED 2.00, USD 0.50) an intent is refused here, before Stripe is asked.
 */
final class StripeAmounts {

  /** Stripe's zero-decimal currencies. */
  static final Set<String> ZERO_DECIMAL =
      Set.of(
          "BIF", "CLP", "DJF", "GNF", "JPY", "KMF", "KRW", "MGA", "PYG", "RWF", "UGX", "VND", "VUV",
          "XAF", "XOF", "XPF");

  /** Stripe's three-decimal currencies: the last digit must be 0. */
  static final Set<String> THREE_DECIMAL = Set.of("BHD", "JOD", "KWD", "OMR", "TND");

  /** Stripe's minimum charge, in the currency's minor units, for the currencies VITA uses. */
  static final Map<String, Long> MINIMUM =
      Map.of("EUR", 50L, "USD", 50L, "MXN", 1000L, "AED", 200L);

  private StripeAmounts() {}

  /** The {@code amount} parameter Stripe expects for this money. */
  static long toStripe(Money money) {
    String code = money.currency().getCurrencyCode();
    Long minimum = MINIMUM.get(code);
    if (minimum != null && money.minorUnits() < minimum) {
      throw new ProblemException(
          ProblemType.UNPROCESSABLE,
          "Card payments in " + code + " start at " + Money.ofMinor(minimum, money.currency()));
    }
    int iso = money.currency().getDefaultFractionDigits();
    int stripe = stripeDigits(code);
    long amount = money.minorUnits();
    if (stripe > iso) {
      amount = Math.multiplyExact(amount, pow10(stripe - iso));
    } else if (stripe < iso) {
      long factor = pow10(iso - stripe);
      if (amount % factor != 0) {
        throw new ProblemException(
            ProblemType.UNPROCESSABLE, "Stripe takes whole units of " + code + " only");
      }
      amount /= factor;
    }
    if (THREE_DECIMAL.contains(code) && amount % 10 != 0) {
      throw new ProblemException(
          ProblemType.UNPROCESSABLE, "Stripe takes " + code + " amounts in multiples of 0.010");
    }
    return amount;
  }

  /** Back from Stripe's amount and lower-case currency to VITA's money. */
  static Money fromStripe(long amount, String currency) {
    Currency iso = Currency.getInstance(currency.toUpperCase(Locale.ROOT));
    int digits = iso.getDefaultFractionDigits();
    int stripe = stripeDigits(iso.getCurrencyCode());
    long minor =
        stripe < digits
            ? Math.multiplyExact(amount, pow10(digits - stripe))
            : amount / pow10(stripe - digits);
    return Money.ofMinor(minor, iso);
  }

  /** Stripe's lower-case code for a currency. */
  static String code(Currency currency) {
    return currency.getCurrencyCode().toLowerCase(Locale.ROOT);
  }

  private static int stripeDigits(String code) {
    if (ZERO_DECIMAL.contains(code)) {
      return 0;
    }
    return THREE_DECIMAL.contains(code) ? 3 : 2;
  }

  private static long pow10(int exponent) {
    long value = 1;
    for (int i = 0; i < exponent; i++) {
      value *= 10;
    }
    return value;
  }
}
