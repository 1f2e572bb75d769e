package com.vita.kyb.entity;

import java.util.regex.Pattern;

/**
 * The UAE's Tax Registration Number: 15 digits beginning with 100. The Federal Tax Authority
 * publishes no check-digit algorithm, so only the format is checked here; whether the number is
 * registered can only be confirmed with the FTA's TRN verification service.
 */
final class EmiratiTrn {

  private static final Pattern FORMAT = Pattern.compile("100\\d{12}");

  private EmiratiTrn() {}

  static boolean isValid(String value) {
    return FORMAT.matcher(value).matches();
  }
}
