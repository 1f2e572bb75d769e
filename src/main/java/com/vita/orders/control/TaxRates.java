package com.vita.orders.control;

import com.vita.platform.country.CountryCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;

/** The IVA/VAT rate of a country, as the {@code tax_rate} table (V35) holds it. */
@ApplicationScoped
public class TaxRates {

  @PersistenceContext(unitName = "vita")
  EntityManager entityManager;

  /** The rate as a fraction (0.19 for 19 %); a country without one is a setup error. */
  public BigDecimal of(CountryCode country) {
    List<?> rate =
        entityManager
            .createNativeQuery("select rate from tax_rate where country = ?1")
            .setParameter(1, country.value())
            .getResultList();
    if (rate.isEmpty()) {
      throw new IllegalStateException("No tax rate for " + country + " in tax_rate");
    }
    return (BigDecimal) rate.get(0);
  }
}
