package com.vita.catalog.control;

import java.security.SecureRandom;

/**
 * SKUs for products that arrive without one: {@code P} and 11 random upper-case letters and digits
 * (about 2^57 values), alphanumeric as every SKU must be. Uniqueness in the store is the database's
 * unique constraint; a clash is so unlikely that one retry is enough.
 */
final class ProductSkus {

  private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();

  private ProductSkus() {}

  static String generate() {
    char[] sku = new char[12];
    sku[0] = 'P';
    for (int i = 1; i < sku.length; i++) {
      sku[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
    }
    return new String(sku);
  }

  /** The draft's SKU, or a new one when it names none. */
  static String orGenerated(String sku) {
    return sku == null || sku.isBlank() ? generate() : sku;
  }
}
