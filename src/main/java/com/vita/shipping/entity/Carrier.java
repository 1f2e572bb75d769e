package com.vita.shipping.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Locale;

/**
 * A carrier VITA works with in one country: its code (the webhook path and configuration keys use
 * it: {@code correos-de-chile}) and the name sellers and buyers see.
 */
@Entity
@Table(name = "carrier")
@NamedQuery(
    name = Carrier.BY_CODE_OR_NAME,
    query = "select c from Carrier c where c.code = :key or lower(c.name) = :key")
public class Carrier {

  public static final String BY_CODE_OR_NAME = "Carrier.byCodeOrName";

  @Id
  @Column(name = "code", length = 40)
  private String code;

  @Column(name = "name", nullable = false, length = 60)
  private String name;

  @Column(name = "country_code", nullable = false, length = 2, columnDefinition = "bpchar(2)")
  private String countryCode;

  protected Carrier() {}

  /** The lookup key for a code or a name as a caller typed it: trimmed, lower case. */
  public static String keyOf(String codeOrName) {
    return codeOrName == null ? "" : codeOrName.strip().toLowerCase(Locale.ROOT);
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public String countryCode() {
    return countryCode;
  }
}
