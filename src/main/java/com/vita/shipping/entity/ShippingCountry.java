package com.vita.shipping.entity;

import com.vita.platform.country.CountryCode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Currency;

/** A country VITA ships in, with the currency its carriers charge in. */
@Entity
@Table(name = "shipping_country")
public class ShippingCountry {

  @Id
  @Column(name = "code", length = 2, columnDefinition = "bpchar(2)")
  private String code;

  @Column(name = "name", nullable = false, length = 80)
  private String name;

  @Column(name = "currency", nullable = false, length = 3, columnDefinition = "bpchar(3)")
  private String currency;

  protected ShippingCountry() {}

  public CountryCode code() {
    return new CountryCode(code);
  }

  public String name() {
    return name;
  }

  public Currency currency() {
    return Currency.getInstance(currency);
  }
}
