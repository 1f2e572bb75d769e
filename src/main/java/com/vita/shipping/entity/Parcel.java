package com.vita.shipping.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A parcel to ship: actual weight in kilograms and outer dimensions in centimetres. */
public record Parcel(
    BigDecimal weightKg, BigDecimal lengthCm, BigDecimal widthCm, BigDecimal heightCm) {

  /** The weight carriers bill: the larger of actual and volumetric (L×W×H / divisor) weight. */
  public BigDecimal chargeableWeightKg(int volumetricDivisor) {
    BigDecimal volumetric =
        lengthCm
            .multiply(widthCm)
            .multiply(heightCm)
            .divide(BigDecimal.valueOf(volumetricDivisor), 3, RoundingMode.HALF_UP);
    return weightKg.max(volumetric).setScale(3, RoundingMode.HALF_UP);
  }
}
