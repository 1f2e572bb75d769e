package com.vita.kyb.entity;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A business's tax identifier in one of the countries VITA verifies businesses in: a Chilean RUT, a
 * Colombian NIT, a Mexican RFC, a Spanish NIF (DNI, NIE or CIF) or a UAE TRN. Always valid: the
 * constructor checks the normalised value (upper case, no separators) against the country's format
 * and check digit, so two ways of writing one identifier make equal {@code TaxId}s.
 *
 * @param country ISO 3166-1 alpha-2 code, upper case
 * @param value the identifier without separators, upper case, check character included
 */
public record TaxId(String country, String value) {

  // People type identifiers the way they are printed (76.086.428-5, 900 123 456-8); none of the
  // supported formats gives a meaning to these characters, so they can simply go.
  private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-]");

  public TaxId {
    TaxIdKind kind = TaxIdKind.of(country);
    if (value == null || !kind.accepts(value)) {
      throw new InvalidTaxIdProblem("This is not a valid " + kind.description());
    }
  }

  /** Normalises what a user typed (separators, lower case) and checks it. */
  public static TaxId of(String countryCode, String raw) {
    String country = countryCode == null ? null : countryCode.trim().toUpperCase(Locale.ROOT);
    String value = raw == null ? null : normalise(raw);
    return new TaxId(country, value);
  }

  private static String normalise(String raw) {
    return SEPARATORS.matcher(raw).replaceAll("").toUpperCase(Locale.ROOT);
  }

  public TaxIdKind kind() {
    return TaxIdKind.of(country);
  }

  /** The form the country prints, e.g. {@code 76.086.428-5} for a RUT. */
  public String format() {
    return kind().format(value);
  }

  @Override
  public String toString() {
    return country + " " + format();
  }
}
