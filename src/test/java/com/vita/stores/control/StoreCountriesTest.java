package com.vita.stores.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vita.kyb.control.KybGate;
import com.vita.platform.country.Country;
import com.vita.platform.country.CountryCode;
import com.vita.platform.problems.ProblemException;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StoreCountriesTest {

  private static StoreCountries countries(String configured, Optional<CountryCode> business) {
    StoreCountries countries = new StoreCountries();
    countries.kyb =
        new KybGate() {
          @Override
          public Optional<CountryCode> businessCountry(UUID accountId) {
            return business;
          }
        };
    countries.configuredDefault = configured;
    countries.checkDefault();
    return countries;
  }

  @Test
  void theBodysCountryWinsThenTheBusinesssThenTheConfiguredOne() {
    UUID owner = UUID.randomUUID();
    StoreCountries withBusiness = countries("CL", Optional.of(new CountryCode("AE")));
    assertEquals(Country.MX, withBusiness.forNewStore(owner, "mx"));
    assertEquals(Country.AE, withBusiness.forNewStore(owner, null));
    assertEquals(Country.ES, countries("es", Optional.empty()).forNewStore(owner, null));
    // a business in a country VITA does not sell in does not decide
    assertEquals(
        Country.CO, countries("CO", Optional.of(new CountryCode("US"))).forNewStore(owner, null));
  }

  @Test
  void aCountryVitaDoesNotSellInIsRefused() {
    ProblemException refused =
        assertThrows(
            ProblemException.class,
            () -> countries("CL", Optional.empty()).forNewStore(UUID.randomUUID(), "US"));
    assertEquals(400, refused.type().status());
  }

  @Test
  void aDefaultOutsideTheFiveMarketsIsAConfigurationError() {
    IllegalStateException refused =
        assertThrows(IllegalStateException.class, () -> countries("US", Optional.empty()));
    assertTrue(refused.getMessage().contains("stores.default-country"), refused.getMessage());
  }
}
