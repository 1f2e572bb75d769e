package com.vita.marketplace.control;

import com.vita.platform.problems.ProblemException;
import java.text.Normalizer;
import java.util.Locale;

/**
 * A search box's text made safe and canonical before it reaches SQL (always as a bound parameter):
 * NFC, control characters (NUL, which PostgreSQL refuses in text, included) turned to spaces,
 * whitespace collapsed. Longer than {@link #MAX_LENGTH} is a 400: a 10,000-character query is a
 * mistake or an attack, never a search worth a full scan.
 */
public record SearchText(String text) {

  public static final int MAX_LENGTH = 200;

  /**
   * @throws ProblemException 400 when absent, blank or longer than {@link #MAX_LENGTH}
   */
  public static SearchText of(String raw, String field) {
    if (raw == null) {
      throw ProblemException.invalidField(field, "required");
    }
    if (raw.length() > MAX_LENGTH * 4) {
      // refused before normalising: no work proportional to an abusive length
      throw ProblemException.invalidField(field, "at most " + MAX_LENGTH + " characters");
    }
    String text =
        Normalizer.normalize(raw, Normalizer.Form.NFC)
            .replaceAll("[\\p{Cc}\\p{Cf}\\p{Z}\\s]+", " ")
            .strip();
    if (text.isEmpty()) {
      throw ProblemException.invalidField(field, "required");
    }
    if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
      throw ProblemException.invalidField(field, "at most " + MAX_LENGTH + " characters");
    }
    return new SearchText(text);
  }

  /**
   * Lower case, as the cache key and trigram comparisons want it (accents stay: SQL drops them).
   */
  public String lowered() {
    return text.toLowerCase(Locale.ROOT);
  }

  /** The text as a LIKE prefix pattern: {@code %}, {@code _} and {@code \} match themselves. */
  public String likePrefix() {
    return escapeLike(lowered()) + "%";
  }

  /** Without accents, as the database's {@code search_text} stores names. */
  public String unaccented() {
    return Normalizer.normalize(lowered(), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
  }

  public int length() {
    return text.codePointCount(0, text.length());
  }

  static String escapeLike(String value) {
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
