package com.vita.platform.country;

import com.vita.platform.problems.ProblemException;
import java.util.Arrays;
import java.util.Currency;
import java.util.Optional;

/**
 * The five markets VITA sells in and the currency each one prices in. Stores, catalogue, shipping
 * and payments all take a store's currency from here, so a price and its country cannot disagree.
 * Minor units are ISO 4217's ({@link Currency#getDefaultFractionDigits()}): CLP has none, the
 * others two.
 */
public enum Country {
  CL("CLP"),
  CO("COP"),
  MX("MXN"),
  ES("EUR"),
  AE("AED");

  private final Currency currency;

  Country(String currency) {
    this.currency = Currency.getInstance(currency);
  }

  public CountryCode code() {
    return new CountryCode(name());
  }

  public Currency currency() {
    return currency;
  }

  /** Digits after the decimal point in the currency's amounts: 0 for CLP, 2 for the rest. */
  public int minorUnits() {
    return currency.getDefaultFractionDigits();
  }

  public static Optional<Country> of(CountryCode code) {
    return Arrays.stream(values()).filter(c -> c.name().equals(code.value())).findFirst();
  }

  /** The market of a code a client sent; 400 naming the five when it is not one of them. */
  public static Country required(String field, String raw) {
    return of(CountryCode.of(raw))
        .orElseThrow(
            () ->
                ProblemException.invalidField(
                    field, "VITA sells in " + Arrays.toString(values()) + " only"));
  }
}
