package com.vita.marketplace.control;

import com.vita.platform.country.CountryCode;
import com.vita.platform.problems.NotFoundProblem;
import com.vita.platform.problems.ProblemException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Locale;
import java.util.UUID;

/**
 * What a marketplace page is narrowed to; every part optional. A price range is in one currency
 * (prices of different currencies do not compare), so it needs {@code currency}; amounts are in
 * major units ("59.90"), turned into minor units here.
 */
public record ListingFilter(
    String category,
    UUID storeId,
    String country,
    String currency,
    Long minPriceMinor,
    Long maxPriceMinor) {

  public static final ListingFilter NONE = new ListingFilter(null, null, null, null, null, null);

  public static ListingFilter of(
      String category,
      String storeId,
      String country,
      String currency,
      String minPrice,
      String maxPrice) {
    String cat = blankToNull(category);
    if (cat != null && cat.length() > 50) {
      throw ProblemException.invalidField("category", "at most 50 characters");
    }
    UUID store =
        blankToNull(storeId) == null ? null : NotFoundProblem.idIn(storeId, "No such store");
    String countryCode = blankToNull(country) == null ? null : CountryCode.of(country).value();
    Currency cur = currency(blankToNull(currency));
    if ((blankToNull(minPrice) != null || blankToNull(maxPrice) != null) && cur == null) {
      throw ProblemException.invalidField("currency", "required with minPrice or maxPrice");
    }
    Long min = minor(blankToNull(minPrice), cur, "minPrice");
    Long max = minor(blankToNull(maxPrice), cur, "maxPrice");
    if (min != null && max != null && min > max) {
      throw ProblemException.invalidField("maxPrice", "not below minPrice");
    }
    return new ListingFilter(
        cat, store, countryCode, cur == null ? null : cur.getCurrencyCode(), min, max);
  }

  /** A stable text of the filter, part of the cache key. */
  public String key() {
    return category
        + "|"
        + storeId
        + "|"
        + country
        + "|"
        + currency
        + "|"
        + minPriceMinor
        + "|"
        + maxPriceMinor;
  }

  private static Currency currency(String code) {
    if (code == null) {
      return null;
    }
    try {
      return Currency.getInstance(code.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalidField("currency", "an ISO 4217 code, e.g. EUR");
    }
  }

  private static Long minor(String amount, Currency currency, String field) {
    if (amount == null) {
      return null;
    }
    try {
      BigDecimal value = new BigDecimal(amount);
      if (value.signum() < 0 || value.precision() > 18) {
        throw new NumberFormatException();
      }
      return value
          .setScale(currency.getDefaultFractionDigits(), RoundingMode.UNNECESSARY)
          .unscaledValue()
          .longValueExact();
    } catch (ArithmeticException | NumberFormatException e) {
      throw ProblemException.invalidField(
          field, "an amount in " + currency.getCurrencyCode() + " (up to its decimals)");
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
