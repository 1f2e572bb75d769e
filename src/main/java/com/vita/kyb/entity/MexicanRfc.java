package com.vita.kyb.entity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mexico's Registro Federal de Contribuyentes: 3 letters for a company (persona moral) or 4 for a
 * person (persona física), the date of incorporation or birth as YYMMDD, and a 3-character
 * homoclave whose last character is the SAT's check digit.
 */
final class MexicanRfc {

  private static final Pattern FORMAT =
      Pattern.compile("[A-ZÑ&]{3,4}(\\d{2})(\\d{2})(\\d{2})[A-Z0-9]{2}[0-9A]");

  // The SAT's value of each character: its index here.
  private static final String VALUES = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ";

  private MexicanRfc() {}

  static boolean isValid(String value) {
    Matcher matcher = FORMAT.matcher(value);
    if (!matcher.matches() || !isDate(matcher.group(1), matcher.group(2), matcher.group(3))) {
      return false;
    }
    return checkDigit(value) == value.charAt(value.length() - 1);
  }

  // The RFC does not carry the century. Reading it as 20YY accepts 29 February of "00", right for
  // 2000; every other date is valid in both centuries alike.
  private static boolean isDate(String year, String month, String day) {
    try {
      LocalDate.of(2000 + Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }

  /** The check digit of a complete RFC (its own last character is ignored). */
  static char checkDigit(String rfc) {
    // A company's 12-character RFC is weighed as if it had a leading blank, like a person's 13.
    String padded = rfc.length() == 12 ? " " + rfc : rfc;
    int sum = 0;
    for (int i = 0; i < 12; i++) {
      sum += VALUES.indexOf(padded.charAt(i)) * (13 - i);
    }
    int digit = 11 - sum % 11;
    return switch (digit) {
      case 11 -> '0';
      case 10 -> 'A';
      default -> (char) ('0' + digit);
    };
  }
}
