package com.vita.kyb.entity;

import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/** The kind of tax identifier each supported country issues to businesses. */
public enum TaxIdKind {
  RUT("CL", "Chilean RUT", ChileanRut::isValid, TaxIdKind::dottedWithCheckDigit),
  NIT("CO", "Colombian NIT", ColombianNit::isValid, TaxIdKind::dottedWithCheckDigit),
  RFC("MX", "Mexican RFC", MexicanRfc::isValid, UnaryOperator.identity()),
  // Since 2008 "NIF" names all three Spanish forms: DNI-NIF, NIE and the former CIF.
  NIF("ES", "Spanish NIF", SpanishNif::isValid, UnaryOperator.identity()),
  TRN("AE", "UAE TRN", EmiratiTrn::isValid, UnaryOperator.identity());

  private final String country;
  private final String description;
  private final Predicate<String> validity;
  private final UnaryOperator<String> display;

  TaxIdKind(
      String country,
      String description,
      Predicate<String> validity,
      UnaryOperator<String> display) {
    this.country = country;
    this.description = description;
    this.validity = validity;
    this.display = display;
  }

  /** The kind issued in a country, or an {@link InvalidTaxIdProblem} if VITA does not go there. */
  public static TaxIdKind of(String country) {
    if (country == null || country.isEmpty()) {
      throw new InvalidTaxIdProblem("A tax identifier needs the country that issued it");
    }
    for (TaxIdKind kind : values()) {
      if (kind.country.equals(country)) {
        return kind;
      }
    }
    throw new InvalidTaxIdProblem("VITA does not verify businesses in " + country);
  }

  public String country() {
    return country;
  }

  /** E.g. "Chilean RUT", for messages. */
  public String description() {
    return description;
  }

  boolean accepts(String normalised) {
    return validity.test(normalised);
  }

  String format(String normalised) {
    return display.apply(normalised);
  }

  /** 76086428-5 → 76.086.428-5: thousands separated by dots, the check digit after a hyphen. */
  private static String dottedWithCheckDigit(String normalised) {
    String body = normalised.substring(0, normalised.length() - 1);
    StringBuilder dotted = new StringBuilder(body);
    for (int i = body.length() - 3; i > 0; i -= 3) {
      dotted.insert(i, '.');
    }
    return dotted + "-" + normalised.charAt(normalised.length() - 1);
  }
}
