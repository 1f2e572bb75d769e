package com.vita.auth.entity;

/**
 * How a person is called: the name shown everywhere, and the first and last name when they gave
 * them (seed 000's registration sends {@code firstName} and {@code lastName}, VITA's own {@code
 * name}; either shape makes an account).
 */
public record PersonName(String display, String first, String last) {

  public PersonName {
    display = display.strip();
    first = blankToNull(first);
    last = blankToNull(last);
  }

  /** The display name is {@code name} when given, else the first and last name together. */
  public static PersonName of(String name, String first, String last) {
    String display =
        name != null && !name.isBlank()
            ? name
            : (first == null ? "" : first.strip()) + " " + (last == null ? "" : last.strip());
    return new PersonName(display, first, last);
  }

  /** A display name alone (a profile change, an external issuer's name). */
  public static PersonName displayed(String name) {
    return new PersonName(name, null, null);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
