package com.vita.platform.country;

import com.vita.platform.problems.BadRequestProblem;
import java.util.regex.Pattern;

/** An ISO 3166-1 alpha-2 country code, normalised to upper case. */
public record CountryCode(String value) {

  private static final Pattern ALPHA_2 = Pattern.compile("[A-Z]{2}");

  public CountryCode {
    if (value == null || !ALPHA_2.matcher(value).matches()) {
      throw new BadRequestProblem("A country is two letters (ISO 3166-1 alpha-2), e.g. CL");
    }
  }

  public static CountryCode of(String raw) {
    return new CountryCode(raw == null ? null : raw.trim().toUpperCase(java.util.Locale.ROOT));
  }

  @Override
  public String toString() {
    return value;
  }
}
