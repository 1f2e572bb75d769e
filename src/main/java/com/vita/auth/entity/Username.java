package com.vita.auth.entity;

import com.vita.platform.text.AsciiFold;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An account's public handle, the first part of its stores' address ({@code
 * /api/v1/s/{username}/{slug}}): 3 to 30 characters of {@code a-z}, {@code 0-9} and single inner
 * hyphens, so it needs no escaping in a URL and reads the same everywhere. Words VITA's own paths
 * or operators use are reserved. The database checks the same format (V16).
 */
public record Username(String value) {

  public static final int MIN = 3;
  public static final int MAX = 30;

  private static final Pattern FORMAT = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

  /** Kept in step with the list in V16, which named the accounts that existed before. */
  static final Set<String> RESERVED =
      Set.of(
          "admin",
          "administrator",
          "api",
          "app",
          "assets",
          "auth",
          "cdn",
          "help",
          "login",
          "logout",
          "mail",
          "marketplace",
          "me",
          "metrics",
          "health",
          "null",
          "openapi",
          "register",
          "root",
          "settings",
          "shop",
          "signup",
          "static",
          "store",
          "stores",
          "support",
          "system",
          "undefined",
          "vita",
          "www");

  public Username {
    if (!isWellFormed(value)) {
      throw new IllegalArgumentException("Not a username: " + value);
    }
  }

  /** The username a person asked for, when it is one (any case); reserved words are not. */
  public static Optional<Username> parse(String requested) {
    if (requested == null) {
      return Optional.empty();
    }
    String candidate = requested.strip().toLowerCase(Locale.ROOT);
    return isWellFormed(candidate) && !isReserved(candidate)
        ? Optional.of(new Username(candidate))
        : Optional.empty();
  }

  public static boolean isReserved(String value) {
    return RESERVED.contains(value);
  }

  /**
   * The start of a username for someone: their name accent-folded ({@code José Núñez} → {@code
   * jose-nunez}), else the e-mail's local part (the name first: a public address should not give
   * away the e-mail). May be shorter than {@link #MIN}, or reserved: the caller adds a suffix.
   */
  public static String baseFor(String name, EmailAddress email) {
    String fromName = fold(name == null ? "" : name);
    if (fromName.length() >= MIN) {
      return fromName;
    }
    String local = email.value().substring(0, Math.max(0, email.value().indexOf('@')));
    String fromEmail = fold(local);
    return fromEmail.isEmpty() ? "user" : fromEmail;
  }

  /** The base with a suffix ({@code ana-x7k2}), cut so the whole stays within {@link #MAX}. */
  public static Username withSuffix(String base, String suffix) {
    return new Username(AsciiFold.trimHyphens(cut(base, MAX - suffix.length() - 1)) + "-" + suffix);
  }

  /** The base as it is, when it is a username and not a reserved word. */
  public static Optional<Username> plain(String base) {
    return isWellFormed(base) && !isReserved(base)
        ? Optional.of(new Username(base))
        : Optional.empty();
  }

  static String fold(String text) {
    return AsciiFold.trimHyphens(cut(AsciiFold.hyphenated(text), MAX));
  }

  private static boolean isWellFormed(String value) {
    return value != null
        && value.length() >= MIN
        && value.length() <= MAX
        && FORMAT.matcher(value).matches();
  }

  private static String cut(String text, int length) {
    return text.length() <= length ? text : text.substring(0, length);
  }

  @Override
  public String toString() {
    return value;
  }
}
