package com.vita.shipping.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A region of a country (Chilean región, Colombian departamento, Mexican estado, Spanish comunidad
 * autónoma, emirate) and the shipping zone it lies in. Addresses name regions in many ways, so one
 * matches its ISO 3166-2 code (with or without the country prefix), its official name or an alias,
 * without regard to case, accents or punctuation.
 */
@Entity
@Table(name = "shipping_region")
@IdClass(ShippingRegion.Key.class)
@NamedQuery(
    name = ShippingRegion.IN_COUNTRY,
    query = "select r from ShippingRegion r where r.countryCode = :country order by r.code")
public class ShippingRegion {

  public static final String IN_COUNTRY = "ShippingRegion.inCountry";

  /** The composite key: country and subdivision code. */
  public record Key(String countryCode, String code) implements Serializable {
    public Key() {
      this(null, null);
    }
  }

  @Id
  @Column(name = "country_code", length = 2, columnDefinition = "bpchar(2)")
  private String countryCode;

  @Id
  @Column(name = "code", length = 3)
  private String code;

  @Column(name = "name", nullable = false, length = 80)
  private String name;

  @Column(name = "aliases", nullable = false)
  private String[] aliases;

  @Column(name = "zone", nullable = false)
  private short zone;

  protected ShippingRegion() {}

  /**
   * Case, accents, punctuation and spacing removed: "Región Metropolitana" is
   * "regionmetropolitana".
   */
  public static String keyOf(String text) {
    if (text == null) {
      return "";
    }
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }

  /** True when the text (already a {@link #keyOf key}) names this region. */
  public boolean isNamedBy(String key) {
    return Stream.concat(Stream.of(code, countryCode + code, name), Arrays.stream(aliases))
        .map(ShippingRegion::keyOf)
        .anyMatch(key::equals);
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public int zone() {
    return zone;
  }
}
