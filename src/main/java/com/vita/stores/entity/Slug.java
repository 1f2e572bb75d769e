package com.vita.stores.entity;

import com.vita.platform.text.AsciiFold;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The store's part of its address, {@code /{username}/{slug}}: lower-case ASCII letters and digits
 * in groups joined by single hyphens, at most {@value #MAX_LENGTH} characters. Made from the
 * store's name by {@link #fromName}, which folds accents ("Café Ñandú" → {@code cafe-nandu}) so the
 * address can be typed on any keyboard and never needs percent-encoding.
 */
public record Slug(String value) {

  public static final int MAX_LENGTH = 60;

  /** The name's part; the rest leaves room for a collision suffix such as {@code -12}. */
  static final int MAX_BASE_LENGTH = 50;

  /** What a name with no Latin letter or digit (e.g. all Arabic script) becomes. */
  static final String FALLBACK = "store";

  private static final Pattern FORM = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  public Slug {
    if (value == null || value.length() > MAX_LENGTH || !FORM.matcher(value).matches()) {
      throw new IllegalArgumentException("Not a store slug: " + value);
    }
  }

  /** The slug a path names, or empty when it could not be one (so it addresses nothing). */
  public static Optional<Slug> parse(String raw) {
    if (raw == null || raw.length() > MAX_LENGTH || !FORM.matcher(raw).matches()) {
      return Optional.empty();
    }
    return Optional.of(new Slug(raw));
  }

  /** The name folded to a slug: accents dropped, lower case, words joined by hyphens. */
  public static Slug fromName(String name) {
    String folded = AsciiFold.hyphenated(name);
    if (folded.length() > MAX_BASE_LENGTH) {
      folded = AsciiFold.trimHyphens(folded.substring(0, MAX_BASE_LENGTH));
    }
    return new Slug(folded.isEmpty() ? FALLBACK : folded);
  }

  /** The n-th candidate for this base: itself first, then {@code base-2}, {@code base-3}... */
  public Slug numbered(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("Candidates count from 1: " + n);
    }
    return n == 1 ? this : new Slug(value + "-" + n);
  }

  /** Whether this slug is the base itself or one of its numbered candidates. */
  public boolean isCandidateOf(Slug base) {
    return value.equals(base.value) || suffixOver(base).isPresent();
  }

  /** The number of this candidate of the base ({@code shop-3} of {@code shop} is 3), if one. */
  public Optional<Integer> suffixOver(Slug base) {
    String prefix = base.value + "-";
    if (!value.startsWith(prefix)) {
      return Optional.empty();
    }
    String digits = value.substring(prefix.length());
    if (digits.isEmpty() || digits.length() > 6 || !digits.chars().allMatch(Character::isDigit)) {
      return Optional.empty();
    }
    int n = Integer.parseInt(digits);
    return n >= 2 && Integer.toString(n).equals(digits) ? Optional.of(n) : Optional.empty();
  }

  @Override
  public String toString() {
    return value;
  }
}
