package com.vita.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A parcel's outer size in centimetres, length × width × height, to one decimal: what shipping
 * quotes from. All three or none (a database check too).
 */
@Embeddable
public class Dimensions {

  @Column(name = "length_cm", precision = 6, scale = 1)
  private BigDecimal lengthCm;

  @Column(name = "width_cm", precision = 6, scale = 1)
  private BigDecimal widthCm;

  @Column(name = "height_cm", precision = 6, scale = 1)
  private BigDecimal heightCm;

  protected Dimensions() {} // for JPA

  public Dimensions(BigDecimal lengthCm, BigDecimal widthCm, BigDecimal heightCm) {
    this.lengthCm = Objects.requireNonNull(lengthCm);
    this.widthCm = Objects.requireNonNull(widthCm);
    this.heightCm = Objects.requireNonNull(heightCm);
  }

  public BigDecimal lengthCm() {
    return lengthCm;
  }

  public BigDecimal widthCm() {
    return widthCm;
  }

  public BigDecimal heightCm() {
    return heightCm;
  }

  /** As the import's {@code dimensiones} column writes it: {@code 30x20x10.5}. */
  @Override
  public String toString() {
    return lengthCm.stripTrailingZeros().toPlainString()
        + "x"
        + widthCm.stripTrailingZeros().toPlainString()
        + "x"
        + heightCm.stripTrailingZeros().toPlainString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Dimensions d
        && lengthCm.compareTo(d.lengthCm) == 0
        && widthCm.compareTo(d.widthCm) == 0
        && heightCm.compareTo(d.heightCm) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        lengthCm.stripTrailingZeros(), widthCm.stripTrailingZeros(), heightCm.stripTrailingZeros());
  }
}
