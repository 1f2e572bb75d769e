package com.vita.stores.control;

import com.vita.kyb.control.KybGate;
import com.vita.platform.country.Country;
import com.vita.platform.country.CountryCode;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The country a new store sells in: the one its owner names; else the country of the owner's
 * business as KYB knows it (the seed's store body names none, and a store sells where its business
 * is registered); else {@code stores.default-country}.
 */
@ApplicationScoped
public class StoreCountries {

  @Inject KybGate kyb;

  @Inject
  @ConfigProperty(name = "stores.default-country", defaultValue = "MX")
  String configuredDefault;

  private Country fallback;

  @PostConstruct
  void checkDefault() {
    fallback =
        Country.of(CountryCode.of(configuredDefault))
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "stores.default-country must be one of CL, CO, MX, ES, AE, not "
                            + configuredDefault));
  }

  /**
   * @param requested the body's {@code country}, or null
   * @throws com.vita.platform.problems.ProblemException 400 for a country VITA does not sell in
   */
  public Country forNewStore(UUID ownerId, String requested) {
    if (requested != null) {
      return Country.required("country", requested);
    }
    return kyb.businessCountry(ownerId).flatMap(Country::of).orElse(fallback);
  }
}
