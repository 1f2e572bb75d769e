package com.vita.shipping.control;

import com.vita.platform.audit.AuditTrail;
import com.vita.platform.money.Money;
import com.vita.platform.problems.BadRequestProblem;
import com.vita.platform.problems.NotFoundProblem;
import com.vita.shipping.entity.ShippingMethod;
import com.vita.shipping.entity.ShippingTariff;
import com.vita.shipping.entity.WeightBracket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Admins read and replace a service's rate tables. A replacement is whole (every zone of the
 * country) and audited; it locks the service row, so two admins' edits apply one after the other
 * and the next quote sees one table or the other, never a mix.
 */
@ApplicationScoped
public class ShippingRates {

  @PersistenceContext(unitName = "vita")
  EntityManager entityManager;

  @Inject AuditTrail audit;

  @Transactional
  public RateTable of(long methodId) {
    ShippingMethod method = method(methodId, LockModeType.NONE);
    return viewOf(method, tariffsOf(method));
  }

  /**
   * Replaces the service's rate table.
   *
   * @throws BadRequestProblem when the zones are not the country's or a zone's table is invalid
   */
  @Transactional
  public RateTable replace(long methodId, RateTable table, UUID adminId) {
    ShippingMethod method = method(methodId, LockModeType.PESSIMISTIC_WRITE);
    List<ShippingTariff> tariffs = tariffsOf(method);
    Set<Integer> expected = tariffs.stream().map(ShippingTariff::zone).collect(toSortedSet());
    Set<Integer> given = table.zones().stream().map(RateTable.Zone::zone).collect(toSortedSet());
    if (!expected.equals(given) || given.size() != table.zones().size()) {
      throw new BadRequestProblem(
          "The table must name each zone of " + method.country().code() + " once: " + expected);
    }
    Currency currency = method.currency();
    try {
      method.changeVolumetricDivisor(table.volumetricDivisor());
      for (ShippingTariff tariff : tariffs) {
        RateTable.Zone zone =
            table.zones().stream().filter(z -> z.zone() == tariff.zone()).findFirst().orElseThrow();
        tariff.revise(
            zone.brackets().stream()
                .map(b -> new WeightBracket(b.upToGrams(), Money.ofMinor(b.priceMinor(), currency)))
                .toList(),
            Money.ofMinor(zone.extraKgMinor(), currency),
            zone.minDeliveryDays(),
            zone.maxDeliveryDays());
      }
    } catch (IllegalArgumentException invalid) {
      throw new BadRequestProblem(invalid.getMessage());
    }
    entityManager.flush();
    audit.record(
        "shipping.rates.replaced",
        adminId,
        "shipping_method:" + methodId,
        Map.of(
            "carrier", method.carrier(),
            "service", method.service(),
            "volumetricDivisor", Integer.toString(method.volumetricDivisor()),
            "brackets", summary(table)));
    return viewOf(method, tariffs);
  }

  private ShippingMethod method(long methodId, LockModeType lock) {
    ShippingMethod method = entityManager.find(ShippingMethod.class, methodId, lock);
    if (method == null) {
      throw new NotFoundProblem("No shipping method " + methodId);
    }
    return method;
  }

  private List<ShippingTariff> tariffsOf(ShippingMethod method) {
    return entityManager
        .createNamedQuery(ShippingTariff.OF_METHOD, ShippingTariff.class)
        .setParameter("method", method.id())
        .getResultList();
  }

  private static RateTable viewOf(ShippingMethod method, List<ShippingTariff> tariffs) {
    return new RateTable(
        method.id(),
        method.country().code().value(),
        method.carrier(),
        method.service(),
        method.currency().getCurrencyCode(),
        method.volumetricDivisor(),
        tariffs.stream()
            .map(
                tariff ->
                    new RateTable.Zone(
                        tariff.zone(),
                        tariff.minDeliveryDays(),
                        tariff.maxDeliveryDays(),
                        tariff.extraKg().minorUnits(),
                        tariff.brackets().stream()
                            .map(b -> new RateTable.Bracket(b.upToGrams(), b.price().minorUnits()))
                            .toList()))
            .toList());
  }

  // "1:1000=4990 3000=6490 +690/kg; 2:..." so the audit shows what the table became.
  private static String summary(RateTable table) {
    return table.zones().stream()
        .map(
            zone ->
                zone.zone()
                    + ":"
                    + zone.brackets().stream()
                        .map(b -> b.upToGrams() + "=" + b.priceMinor())
                        .collect(Collectors.joining(" "))
                    + " +"
                    + zone.extraKgMinor()
                    + "/kg")
        .collect(Collectors.joining("; "));
  }

  private static <T extends Comparable<T>>
      java.util.stream.Collector<T, ?, TreeSet<T>> toSortedSet() {
    return Collectors.toCollection(TreeSet::new);
  }
}
