package com.vita.shipping.entity;

import com.vita.platform.money.Money;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** One carrier's service in one country, with its delivery window and rates. */
@Entity
@Table(name = "shipping_method")
@NamedQuery(
    name = ShippingMethod.IN_COUNTRY,
    query =
        "select m from ShippingMethod m join fetch m.country c"
            + " where c.code = :code order by m.carrier, m.minDeliveryDays, m.service")
public class ShippingMethod {

  public static final String IN_COUNTRY = "ShippingMethod.inCountry";

  @Id private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "country_code", nullable = false, columnDefinition = "bpchar(2)")
  private ShippingCountry country;

  @Column(name = "carrier", nullable = false, length = 60)
  private String carrier;

  @Column(name = "service", nullable = false, length = 80)
  private String service;

  @Column(name = "min_delivery_days", nullable = false)
  private short minDeliveryDays;

  @Column(name = "max_delivery_days", nullable = false)
  private short maxDeliveryDays;

  @Embedded
  @AttributeOverride(name = "amountMinor", column = @Column(name = "base_rate_minor"))
  @AttributeOverride(
      name = "currency",
      column = @Column(name = "currency", length = 3, columnDefinition = "bpchar(3)"))
  private Money baseRate;

  // The same currency column as the base rate (one currency per method, checked by a foreign key).
  @Embedded
  @AttributeOverride(name = "amountMinor", column = @Column(name = "per_kg_rate_minor"))
  @AttributeOverride(
      name = "currency",
      column =
          @Column(
              name = "currency",
              length = 3,
              columnDefinition = "bpchar(3)",
              insertable = false,
              updatable = false))
  private Money perKgRate;

  @Column(name = "volumetric_divisor", nullable = false)
  private int volumetricDivisor;

  protected ShippingMethod() {}

  public ShippingCountry country() {
    return country;
  }

  public String carrier() {
    return carrier;
  }

  public String service() {
    return service;
  }

  public int minDeliveryDays() {
    return minDeliveryDays;
  }

  public int maxDeliveryDays() {
    return maxDeliveryDays;
  }

  /**
   * The price of shipping the parcel: the base rate covers the first kilogram, every further
   * started kilogram of chargeable weight costs the per-kilogram rate.
   */
  public ShippingQuote quote(Parcel parcel) {
    return quoteBillable(parcel.chargeableWeightKg(volumetricDivisor));
  }

  /** The price for a chargeable weight already worked out (several items in one shipment). */
  public ShippingQuote quoteBillable(BigDecimal chargeable) {
    long extraKilograms =
        Math.max(
            0,
            chargeable.subtract(BigDecimal.ONE).setScale(0, RoundingMode.CEILING).longValueExact());
    Money price = baseRate.plus(perKgRate.times(extraKilograms));
    return new ShippingQuote(this, chargeable, price);
  }

  /** The divisor turning cubic centimetres into volumetric kilograms for this carrier. */
  public int volumetricDivisor() {
    return volumetricDivisor;
  }
}
