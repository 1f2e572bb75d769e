package com.vita.kyb.entity;

import java.util.regex.Pattern;

/**
 * Spain's Número de Identificación Fiscal in its three forms: a citizen's DNI (8 digits and a
 * letter), a foreigner's NIE (X, Y or Z, 7 digits and a letter) and a legal entity's former CIF (an
 * entity-type letter, 7 digits and a control digit or letter).
 */
final class SpanishNif {

  private static final Pattern DNI = Pattern.compile("\\d{8}[A-Z]");
  private static final Pattern NIE = Pattern.compile("[XYZ]\\d{7}[A-Z]");
  private static final Pattern CIF = Pattern.compile("[ABCDEFGHJNPQRSUVW]\\d{7}[0-9A-J]");

  private static final String DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";
  private static final String CIF_LETTERS = "JABCDEFGHI";

  // Entities that must show the control as a letter, and those that must show it as a digit;
  // the other entity types may use either.
  private static final String LETTER_CONTROL = "PQRSNW";
  private static final String DIGIT_CONTROL = "ABEH";

  private SpanishNif() {}

  static boolean isValid(String value) {
    if (DNI.matcher(value).matches()) {
      return hasDniLetter(value.substring(0, 8), value.charAt(8));
    }
    if (NIE.matcher(value).matches()) {
      // The NIE's prefix stands for a leading digit: X → 0, Y → 1, Z → 2.
      String number = "XYZ".indexOf(value.charAt(0)) + value.substring(1, 8);
      return hasDniLetter(number, value.charAt(8));
    }
    return CIF.matcher(value).matches() && hasCifControl(value);
  }

  private static boolean hasDniLetter(String number, char letter) {
    return DNI_LETTERS.charAt(Integer.parseInt(number) % 23) == letter;
  }

  private static boolean hasCifControl(String cif) {
    int control = cifControl(cif.substring(1, 8));
    char entity = cif.charAt(0);
    char given = cif.charAt(8);
    boolean asDigit = given == (char) ('0' + control);
    boolean asLetter = given == CIF_LETTERS.charAt(control);
    if (LETTER_CONTROL.indexOf(entity) >= 0) {
      return asLetter;
    }
    if (DIGIT_CONTROL.indexOf(entity) >= 0) {
      return asDigit;
    }
    return asDigit || asLetter;
  }

  /** Digits in even positions (2nd, 4th, 6th) add up; those in odd positions are doubled first. */
  static int cifControl(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int digit = Character.digit(digits.charAt(i), 10);
      if (i % 2 == 0) {
        int doubled = digit * 2;
        sum += doubled / 10 + doubled % 10;
      } else {
        sum += digit;
      }
    }
    return (10 - sum % 10) % 10;
  }
}
