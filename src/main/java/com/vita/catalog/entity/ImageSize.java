package com.vita.catalog.entity;

import java.util.Arrays;
import java.util.Optional;

/** The renditions every product image is kept in, by the length of their longer side. */
public enum ImageSize {
  SMALL(200),
  MEDIUM(800),
  LARGE(1600);

  private final int pixels;

  ImageSize(int pixels) {
    this.pixels = pixels;
  }

  public int pixels() {
    return pixels;
  }

  /** The size a URL names ({@code 200}, {@code 800}, {@code 1600}). */
  public static Optional<ImageSize> of(String pixels) {
    return Arrays.stream(values()).filter(s -> Integer.toString(s.pixels).equals(pixels)).findAny();
  }
}
