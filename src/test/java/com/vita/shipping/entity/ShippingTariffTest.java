package com.vita.shipping.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.vita.platform.money.Money;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShippingTariffTest {

  private static final Currency CLP = Currency.getInstance("CLP");
  private static final Currency EUR = Currency.getInstance("EUR");

  private final ShippingTariff tariff = new ShippingTariff(1, clp(690));

  ShippingTariffTest() {
    tariff.revise(
        List.of(bracket(1000, 4990), bracket(3000, 6490), bracket(20000, 15990)), clp(690), 1, 2);
  }

  @Test
  void aWeightCostsTheFirstBracketThatHoldsIt() {
    assertEquals(clp(4990), tariff.priceFor(1));
    assertEquals(clp(4990), tariff.priceFor(1000)); // the limit is included
    assertEquals(clp(6490), tariff.priceFor(1001));
    assertEquals(clp(15990), tariff.priceFor(20000));
  }

  @Test
  void aboveTheLastBracketEveryStartedKilogramCostsTheExtraRate() {
    assertEquals(clp(15990 + 690), tariff.priceFor(20001));
    assertEquals(clp(15990 + 690), tariff.priceFor(21000));
    assertEquals(clp(15990 + 5 * 690), tariff.priceFor(24300));
  }

  @Test
  void aRevisionMustKeepTheTableValid() {
    assertInvalid(List.of(), clp(1));
    assertInvalid(List.of(bracket(3000, 100), bracket(1000, 200)), clp(1));
    assertInvalid(List.of(bracket(1000, 100), bracket(1000, 200)), clp(1));
    assertInvalid(List.of(bracket(1000, 300), bracket(3000, 200)), clp(1));
    assertInvalid(List.of(new WeightBracket(1000, Money.ofMinor(100, EUR))), clp(1));
    assertInvalid(List.of(bracket(1000, 100)), Money.ofMinor(1, EUR));
    assertThrows(
        IllegalArgumentException.class,
        () -> tariff.revise(List.of(bracket(1000, 100)), clp(1), 3, 2));
    assertThrows(IllegalArgumentException.class, () -> bracket(0, 100));
    assertThrows(IllegalArgumentException.class, () -> bracket(1000, 0));
    assertEquals(clp(4990), tariff.priceFor(500), "a refused revision changed nothing");
  }

  @Test
  void equalPricesForHeavierBracketsAreAllowed() {
    tariff.revise(List.of(bracket(1000, 100), bracket(2000, 100)), clp(0), 0, 0);
    assertEquals(clp(100), tariff.priceFor(5000));
  }

  private void assertInvalid(List<WeightBracket> brackets, Money extraKg) {
    assertThrows(IllegalArgumentException.class, () -> tariff.revise(brackets, extraKg, 1, 2));
  }

  private static WeightBracket bracket(int grams, long minor) {
    return new WeightBracket(grams, clp(minor));
  }

  private static Money clp(long minor) {
    return Money.ofMinor(minor, CLP);
  }
}
