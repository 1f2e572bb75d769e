package com.vita.payments.control;

import com.vita.platform.money.Money;
import com.vita.platform.problems.ProblemException;
import com.vita.platform.problems.ProblemType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Fiat → crypto rates as configured ({@code CREGIS_RATES}: {@code USD=1,CLP=0.00106}, coin units
 * per major unit of each currency). A checkout's crypto amount is quoted once, at intent time, and
 * stored with the rate on its charge; a later change of rates never changes what a buyer owes.
 * Quotes for payments round up to the coin's decimals (VITA is never paid less than the orders'
 * total), payouts round down (a seller is never sent more than their balance).
 */
public final class CryptoRates {

  private final Map<String, BigDecimal> rates;

  private CryptoRates(Map<String, BigDecimal> rates) {
    this.rates = Map.copyOf(rates);
  }

  /**
   * Reads {@code CUR=rate,CUR=rate}; a malformed entry stops the deployment rather than mispricing.
   */
  public static CryptoRates parse(String text) {
    Map<String, BigDecimal> rates = new TreeMap<>();
    if (text != null) {
      for (String entry : text.split(",")) {
        if (entry.isBlank()) {
          continue;
        }
        String[] pair = entry.strip().split("=", 2);
        String currency = pair[0].strip().toUpperCase(Locale.ROOT);
        if (pair.length != 2 || !currency.matches("[A-Z]{3}")) {
          throw new IllegalStateException("CREGIS_RATES entry is not CUR=rate: " + entry);
        }
        BigDecimal rate;
        try {
          rate = new BigDecimal(pair[1].strip());
        } catch (NumberFormatException e) {
          throw new IllegalStateException("CREGIS_RATES rate is not a number: " + entry, e);
        }
        if (rate.signum() <= 0) {
          throw new IllegalStateException("CREGIS_RATES rate is not positive: " + entry);
        }
        rates.put(currency, rate);
      }
    }
    return new CryptoRates(rates);
  }

  /** The rate for the currency; 422 when none is configured (the checkout cannot pay in crypto). */
  public BigDecimal rate(String currency) {
    BigDecimal rate = rates.get(currency);
    if (rate == null) {
      throw new ProblemException(
          ProblemType.UNPROCESSABLE,
          "Crypto payments have no rate for " + currency + " (CREGIS_RATES); pay another way");
    }
    return rate;
  }

  /** What a buyer pays in crypto for this amount: rounded up to the coin's decimals. */
  public BigDecimal toPay(Money fiat, int decimals) {
    return fiat.amount()
        .multiply(rate(fiat.currency().getCurrencyCode()))
        .setScale(decimals, RoundingMode.UP);
  }

  /** What a payout of this amount sends in crypto: rounded down to the coin's decimals. */
  public BigDecimal toSend(Money fiat, int decimals) {
    return fiat.amount()
        .multiply(rate(fiat.currency().getCurrencyCode()))
        .setScale(decimals, RoundingMode.DOWN);
  }
}
