package com.vita.shipping.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Currency;

/**
 * One carrier's service in one country: the divisor its carrier turns volume into billable weight
 * with, and the fastest delivery window (its prices and the days per zone are its {@link
 * ShippingTariff}s).
 */
@Entity
@Table(name = "shipping_method")
@NamedQuery(
    name = ShippingMethod.IN_COUNTRY,
    query =
        "select m from ShippingMethod m join fetch m.country c"
            + " where c.code = :code order by m.carrier, m.minDeliveryDays, m.service")
@NamedQuery(
    name = ShippingMethod.BY_ID,
    query = "select m from ShippingMethod m join fetch m.country where m.id = :id")
public class ShippingMethod {

  public static final String IN_COUNTRY = "ShippingMethod.inCountry";
  public static final String BY_ID = "ShippingMethod.byId";

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

  // Always the country's currency (a foreign key on country and currency).
  @Column(name = "currency", nullable = false, length = 3, columnDefinition = "bpchar(3)")
  private String currency;

  @Column(name = "volumetric_divisor", nullable = false)
  private int volumetricDivisor;

  protected ShippingMethod() {}

  public long id() {
    return id;
  }

  public ShippingCountry country() {
    return country;
  }

  public String carrier() {
    return carrier;
  }

  public String service() {
    return service;
  }

  /** The delivery window in the country's fastest zone. */
  public int minDeliveryDays() {
    return minDeliveryDays;
  }

  public int maxDeliveryDays() {
    return maxDeliveryDays;
  }

  public Currency currency() {
    return Currency.getInstance(currency);
  }

  /** The divisor turning cubic centimetres into volumetric kilograms for this carrier. */
  public int volumetricDivisor() {
    return volumetricDivisor;
  }

  /** An admin's change of the divisor along with the rate table. */
  public void changeVolumetricDivisor(int divisor) {
    if (divisor < 1000 || divisor > 10000) {
      throw new IllegalArgumentException("a volumetric divisor is between 1000 and 10000 cm³/kg");
    }
    volumetricDivisor = divisor;
  }
}
