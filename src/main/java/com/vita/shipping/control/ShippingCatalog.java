package com.vita.shipping.control;

import com.vita.platform.country.CountryCode;
import com.vita.platform.problems.NotFoundProblem;
import com.vita.shipping.entity.Parcel;
import com.vita.shipping.entity.ShippingMethod;
import com.vita.shipping.entity.ShippingQuote;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;

/** The shipping services offered in a country and what they charge for a parcel. */
@ApplicationScoped
public class ShippingCatalog {

  @PersistenceContext(unitName = "vita")
  EntityManager entityManager;

  /** The country's services, by carrier; 404 for a country VITA does not ship in. */
  public List<ShippingMethod> methodsIn(CountryCode country) {
    List<ShippingMethod> methods =
        entityManager
            .createNamedQuery(ShippingMethod.IN_COUNTRY, ShippingMethod.class)
            .setParameter("code", country.value())
            .getResultList();
    if (methods.isEmpty()) {
      throw new NotFoundProblem("VITA does not ship in " + country);
    }
    return methods;
  }

  /** A quote from every service in the destination country, cheapest first. */
  public List<ShippingQuote> quotesFor(CountryCode destination, Parcel parcel) {
    return methodsIn(destination).stream()
        .map(method -> method.quote(parcel))
        .sorted(Comparator.comparing(ShippingQuote::price))
        .toList();
  }
}
