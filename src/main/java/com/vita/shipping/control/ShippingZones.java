package com.vita.shipping.control;

import com.vita.platform.country.CountryCode;
import com.vita.shipping.entity.ShippingRegion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The zone a destination region lies in. Regions and zones change with a migration only, so each
 * country's list is read once per instance. A region VITA does not recognise (or none) is priced in
 * the country's highest zone, its most expensive: a checkout never fails on how an address spells
 * its region, and never pays less than the real zone would cost.
 */
@ApplicationScoped
public class ShippingZones {

  @PersistenceContext(unitName = "vita")
  EntityManager entityManager;

  private final Map<CountryCode, List<ShippingRegion>> regions = new ConcurrentHashMap<>();

  /** The destination for a region as an address names it (code, name or alias; may be null). */
  public Destination resolve(CountryCode country, String region) {
    List<ShippingRegion> known = regionsOf(country);
    String key = ShippingRegion.keyOf(region);
    for (ShippingRegion candidate : known) {
      if (!key.isEmpty() && candidate.isNamedBy(key)) {
        return new Destination(country, candidate.code(), candidate.name(), candidate.zone());
      }
    }
    int highest = known.stream().mapToInt(ShippingRegion::zone).max().orElse(1);
    return new Destination(country, null, null, highest);
  }

  private List<ShippingRegion> regionsOf(CountryCode country) {
    return regions.computeIfAbsent(
        country,
        code ->
            entityManager
                .createNamedQuery(ShippingRegion.IN_COUNTRY, ShippingRegion.class)
                .setParameter("country", code.value())
                .getResultStream()
                .sorted(Comparator.comparing(ShippingRegion::code))
                .toList());
  }
}
