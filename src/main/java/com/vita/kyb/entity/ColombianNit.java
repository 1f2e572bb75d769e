package com.vita.kyb.entity;

import java.util.regex.Pattern;

/**
 * Colombia's Número de Identificación Tributaria: up to 15 digits and a check digit computed by the
 * DIAN's algorithm (prime weights from the rightmost digit, sum modulo 11).
 */
final class ColombianNit {

  // No leading zero, so each NIT has a single normalised form.
  private static final Pattern FORMAT = Pattern.compile("[1-9]\\d{0,14}\\d");

  private static final int[] WEIGHTS = {3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71};

  private ColombianNit() {}

  static boolean isValid(String value) {
    if (!FORMAT.matcher(value).matches()) {
      return false;
    }
    int last = value.length() - 1;
    return checkDigit(value.substring(0, last)) == Character.digit(value.charAt(last), 10);
  }

  static int checkDigit(String number) {
    int sum = 0;
    for (int i = 0; i < number.length(); i++) {
      sum += Character.digit(number.charAt(number.length() - 1 - i), 10) * WEIGHTS[i];
    }
    int remainder = sum % 11;
    return remainder <= 1 ? remainder : 11 - remainder;
  }
}
