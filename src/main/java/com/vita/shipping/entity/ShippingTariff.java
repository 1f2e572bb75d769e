package com.vita.shipping.entity;

import com.vita.platform.money.Money;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;

/**
 * What one service charges in one zone: weight brackets, each the price of every billable weight up
 * to its limit, and above the last one its price plus a rate for every started kilogram beyond it;
 * and the delivery days there. Admins replace the brackets through the API ({@link #revise}), which
 * keeps them valid: at least one, rising limits, prices that never fall as weight rises.
 */
@Entity
@Table(name = "shipping_tariff")
@NamedQuery(
    name = ShippingTariff.OF_METHOD_IN_ZONE,
    query =
        "select distinct t from ShippingTariff t left join fetch t.brackets"
            + " where t.method.id = :method and t.zone = :zone")
@NamedQuery(
    name = ShippingTariff.OF_METHOD,
    query =
        "select distinct t from ShippingTariff t left join fetch t.brackets"
            + " where t.method.id = :method order by t.zone")
public class ShippingTariff {

  public static final String OF_METHOD_IN_ZONE = "ShippingTariff.ofMethodInZone";
  public static final String OF_METHOD = "ShippingTariff.ofMethod";

  /** An admin's table may have at most this many brackets per zone. */
  public static final int MAX_BRACKETS = 30;

  private static final int GRAMS_PER_KG = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "method_id", nullable = false, updatable = false)
  private ShippingMethod method;

  @Column(
      name = "country_code",
      nullable = false,
      updatable = false,
      columnDefinition = "bpchar(2)")
  private String countryCode;

  @Column(name = "zone", nullable = false, updatable = false)
  private short zone;

  @Embedded
  @AttributeOverride(name = "amountMinor", column = @Column(name = "extra_kg_minor"))
  @AttributeOverride(
      name = "currency",
      column =
          @Column(name = "currency", length = 3, columnDefinition = "bpchar(3)", updatable = false))
  private Money extraKg;

  @Column(name = "min_delivery_days", nullable = false)
  private short minDeliveryDays;

  @Column(name = "max_delivery_days", nullable = false)
  private short maxDeliveryDays;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "shipping_tariff_bracket", joinColumns = @JoinColumn(name = "tariff_id"))
  @OrderBy("upToGrams")
  private List<WeightBracket> brackets = new ArrayList<>();

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected ShippingTariff() {}

  /** A tariff not persisted yet (tests), with its brackets to come from {@link #revise}. */
  ShippingTariff(int zone, Money extraKg) {
    this.zone = (short) zone;
    this.extraKg = extraKg;
  }

  /** The price for a billable weight in grams. */
  public Money priceFor(long billableGrams) {
    for (WeightBracket bracket : brackets) {
      if (billableGrams <= bracket.upToGrams()) {
        return bracket.price();
      }
    }
    WeightBracket last = brackets.get(brackets.size() - 1);
    long beyond = billableGrams - last.upToGrams();
    long startedKilograms = (beyond + GRAMS_PER_KG - 1) / GRAMS_PER_KG;
    return last.price().plus(extraKg.times(startedKilograms));
  }

  /**
   * Replaces the table for this zone.
   *
   * @throws IllegalArgumentException when the table is not valid (the message says why)
   */
  public void revise(List<WeightBracket> newBrackets, Money newExtraKg, int minDays, int maxDays) {
    if (newBrackets.isEmpty() || newBrackets.size() > MAX_BRACKETS) {
      throw new IllegalArgumentException(
          "zone " + zone + ": between 1 and " + MAX_BRACKETS + " brackets");
    }
    if (!newExtraKg.currency().equals(extraKg.currency())) {
      throw new IllegalArgumentException("zone " + zone + ": prices are in " + extraKg.currency());
    }
    WeightBracket previous = null;
    for (WeightBracket bracket : newBrackets) {
      if (!bracket.price().currency().equals(extraKg.currency())) {
        throw new IllegalArgumentException(
            "zone " + zone + ": prices are in " + extraKg.currency());
      }
      if (previous != null && bracket.upToGrams() <= previous.upToGrams()) {
        throw new IllegalArgumentException(
            "zone " + zone + ": bracket limits must rise (" + bracket.upToGrams() + " g)");
      }
      if (previous != null && bracket.price().compareTo(previous.price()) < 0) {
        throw new IllegalArgumentException(
            "zone "
                + zone
                + ": a heavier bracket may not cost less ("
                + bracket.upToGrams()
                + " g)");
      }
      previous = bracket;
    }
    if (minDays < 0 || maxDays < minDays) {
      throw new IllegalArgumentException("zone " + zone + ": delivery days need 0 <= min <= max");
    }
    brackets.clear();
    brackets.addAll(newBrackets);
    extraKg = newExtraKg;
    minDeliveryDays = (short) minDays;
    maxDeliveryDays = (short) maxDays;
  }

  public ShippingMethod method() {
    return method;
  }

  public int zone() {
    return zone;
  }

  public Money extraKg() {
    return extraKg;
  }

  public int minDeliveryDays() {
    return minDeliveryDays;
  }

  public int maxDeliveryDays() {
    return maxDeliveryDays;
  }

  public List<WeightBracket> brackets() {
    return List.copyOf(brackets);
  }
}
