package com.vita.shipping.entity;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * VITA's public id of a shipment: {@code VT} and 16 characters of Crockford's base32 (80 random
 * bits), so ids cannot be guessed from one another; reading still needs the buyer, the seller or an
 * admin.
 */
public record TrackingId(String value) {

  private static final Pattern FORMAT = Pattern.compile("VT[0-9A-Z]{16}");
  private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();

  public TrackingId {
    if (value == null || !FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException("not a VITA tracking id");
    }
  }

  public static TrackingId random() {
    StringBuilder id = new StringBuilder("VT");
    for (int i = 0; i < 16; i++) {
      id.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
    }
    return new TrackingId(id.toString());
  }

  /** True when the text has the shape of a tracking id (a path segment, before any lookup). */
  public static boolean isWellFormed(String value) {
    return value != null && FORMAT.matcher(value).matches();
  }
}
