package com.vita.kyb.entity;

import java.util.regex.Pattern;

/**
 * Chile's Rol Único Tributario: a number and a check digit (0-9 or K), modulo 11 with weights 2 to
 * 7 repeating from the rightmost digit of the number.
 */
final class ChileanRut {

  // No leading zero, so each RUT has a single normalised form.
  private static final Pattern FORMAT = Pattern.compile("[1-9]\\d{0,7}[0-9K]");

  private ChileanRut() {}

  static boolean isValid(String value) {
    if (!FORMAT.matcher(value).matches()) {
      return false;
    }
    int last = value.length() - 1;
    return checkDigit(value.substring(0, last)) == value.charAt(last);
  }

  static char checkDigit(String number) {
    int sum = 0;
    int weight = 2;
    for (int i = number.length() - 1; i >= 0; i--) {
      sum += Character.digit(number.charAt(i), 10) * weight;
      weight = weight == 7 ? 2 : weight + 1;
    }
    int digit = 11 - sum % 11;
    return switch (digit) {
      case 11 -> '0';
      case 10 -> 'K';
      default -> (char) ('0' + digit);
    };
  }
}
