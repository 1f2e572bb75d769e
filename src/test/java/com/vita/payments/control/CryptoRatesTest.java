package com.vita.payments.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.vita.platform.money.Money;
import com.vita.platform.problems.ProblemException;
import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class CryptoRatesTest {

  static final Currency CLP = Currency.getInstance("CLP");
  static final Currency EUR = Currency.getInstance("EUR");

  @Test
  void paymentsRoundUpAndPayoutsDownToTheCoinsDecimals() {
    CryptoRates rates = CryptoRates.parse(" CLP=0.00106 , eur=1.0833333 ");
    assertEquals(new BigDecimal("25.42940"), rates.toPay(Money.ofMinor(23_990, CLP), 5));
    assertEquals(new BigDecimal("1.083334"), rates.toPay(Money.ofMinor(100, EUR), 6));
    assertEquals(new BigDecimal("1.083333"), rates.toSend(Money.ofMinor(100, EUR), 6));
    assertEquals(new BigDecimal("0.00106"), rates.rate("CLP"));
  }

  @Test
  void aCurrencyWithoutARateIsRefusedNamingTheSetting() {
    ProblemException refused =
        assertThrows(
            ProblemException.class,
            () -> CryptoRates.parse("CLP=1").toPay(Money.ofMinor(100, EUR), 6));
    assertEquals(422, refused.type().status());
  }

  @Test
  void aMalformedSettingStopsTheDeployment() {
    assertThrows(IllegalStateException.class, () -> CryptoRates.parse("CLP"));
    assertThrows(IllegalStateException.class, () -> CryptoRates.parse("CLP=abc"));
    assertThrows(IllegalStateException.class, () -> CryptoRates.parse("CLP=-1"));
    assertThrows(IllegalStateException.class, () -> CryptoRates.parse("PESO=1"));
  }
}
