package com.vita.orders.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** Where the buyer wants the parcel, as given at checkout and kept with the order. */
@Embeddable
public class ShippingAddress {

  @Column(name = "ship_name", nullable = false, length = 100)
  private String name;

  @Column(name = "ship_line1", nullable = false, length = 200)
  private String line1;

  @Column(name = "ship_line2", length = 200)
  private String line2;

  @Column(name = "ship_city", nullable = false, length = 100)
  private String city;

  @Column(name = "ship_region", nullable = false, length = 100)
  private String region;

  @Column(name = "ship_postal_code", length = 20)
  private String postalCode;

  @Column(name = "ship_country", nullable = false, length = 2, columnDefinition = "bpchar(2)")
  private String country;

  @Column(name = "ship_phone", length = 30)
  private String phone;

  protected ShippingAddress() {}

  public ShippingAddress(
      String name,
      String line1,
      String line2,
      String city,
      String region,
      String postalCode,
      String country,
      String phone) {
    this.name = Objects.requireNonNull(name, "name");
    this.line1 = Objects.requireNonNull(line1, "line1");
    this.line2 = line2;
    this.city = Objects.requireNonNull(city, "city");
    this.region = Objects.requireNonNull(region, "region");
    this.postalCode = postalCode;
    this.country = Objects.requireNonNull(country, "country");
    this.phone = phone;
  }

  public String name() {
    return name;
  }

  public String line1() {
    return line1;
  }

  public String line2() {
    return line2;
  }

  public String city() {
    return city;
  }

  public String region() {
    return region;
  }

  public String postalCode() {
    return postalCode;
  }

  public String country() {
    return country;
  }

  public String phone() {
    return phone;
  }
}
