package com.vita.payments.control;

import com.vita.platform.money.Money;
import com.vita.platform.problems.ProblemException;
import com.vita.platform.problems.ProblemType;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Currency;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How much one payout may move, per currency, in minor units: at least the minimum, at most the
 * maximum, and with the seller's other payouts of the same UTC day (returned ones not counted) at
 * most the daily maximum. Each limit is one setting, a list such as {@code CLP=10000,EUR=1000}; a
 * currency without a minimum has no payouts at all, a missing maximum means no maximum.
 */
@ApplicationScoped
public class PayoutLimits {

  @Inject
  @ConfigProperty(
      name = "payouts.minimum-minor",
      defaultValue = "CLP=10000,COP=50000,MXN=20000,EUR=1000,AED=5000,USD=1000")
  String minimum;

  @Inject
  @ConfigProperty(
      name = "payouts.maximum-minor",
      defaultValue = "CLP=5000000,COP=20000000,MXN=100000,EUR=500000,AED=2000000,USD=500000")
  String maximum;

  @Inject
  @ConfigProperty(
      name = "payouts.daily-maximum-minor",
      defaultValue = "CLP=10000000,COP=40000000,MXN=200000,EUR=1000000,AED=4000000,USD=1000000")
  String dailyMaximum;

  private Map<String, Long> minimums;
  private Map<String, Long> maximums;
  private Map<String, Long> dailyMaximums;

  PayoutLimits() {}

  /** For tests: the three settings as they would be configured. */
  PayoutLimits(String minimum, String maximum, String dailyMaximum) {
    this.minimum = minimum;
    this.maximum = maximum;
    this.dailyMaximum = dailyMaximum;
    parse();
  }

  @PostConstruct
  void parse() {
    minimums = parse("payouts.minimum-minor", minimum);
    maximums = parse("payouts.maximum-minor", maximum);
    dailyMaximums = parse("payouts.daily-maximum-minor", dailyMaximum);
  }

  /**
   * Checks the amount alone: what can be told before the wallet is locked.
   *
   * @throws ProblemException 422 naming the limit
   */
  public void checkAmount(Money amount) {
    String currency = amount.currency().getCurrencyCode();
    Long least = minimums.get(currency);
    if (least == null) {
      throw new ProblemException(
          ProblemType.UNPROCESSABLE, "Payouts in " + currency + " are not offered");
    }
    if (amount.minorUnits() < least) {
      throw new ProblemException(
          ProblemType.UNPROCESSABLE,
          "A payout is at least " + Money.ofMinor(least, amount.currency()));
    }
    Long most = maximums.get(currency);
    if (most != null && amount.minorUnits() > most) {
      throw new ProblemException(
          ProblemType.UNPROCESSABLE,
          "A payout is at most " + Money.ofMinor(most, amount.currency()));
    }
  }

  /**
   * Checks the amount with what the seller already took out today (read under the wallet's lock).
   *
   * @throws ProblemException 422 naming the daily limit and what is left of it
   */
  public void checkDay(Money amount, long paidOutTodayMinor) {
    Currency currency = amount.currency();
    Long most = dailyMaximums.get(currency.getCurrencyCode());
    if (most != null && paidOutTodayMinor + amount.minorUnits() > most) {
      throw new ProblemException(
          ProblemType.UNPROCESSABLE,
          "Payouts are at most "
              + Money.ofMinor(most, currency)
              + " a day; "
              + Money.ofMinor(Math.max(0, most - paidOutTodayMinor), currency)
              + " is left today");
    }
  }

  static Map<String, Long> parse(String key, String value) {
    Map<String, Long> limits = new TreeMap<>();
    if (value == null || value.isBlank()) {
      return limits;
    }
    for (String pair : value.split(",")) {
      String[] parts = pair.strip().split("=");
      try {
        if (parts.length != 2) {
          throw new IllegalArgumentException("not CUR=amount");
        }
        String currency = Currency.getInstance(parts[0].strip()).getCurrencyCode();
        long minor = Long.parseLong(parts[1].strip());
        if (minor < 0) {
          throw new IllegalArgumentException("negative");
        }
        limits.put(currency, minor);
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(
            key + " must be a list like CLP=10000,EUR=1000; \"" + pair + "\" is not", e);
      }
    }
    return limits;
  }
}
