package com.vita.shipping.boundary;

import com.vita.shipping.entity.Parcel;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;

/** A parcel to quote: destination country, weight in kg and outer dimensions in cm. */
public record ShippingQuoteRequest(
    @NotNull @Pattern(regexp = "[A-Za-z]{2}", message = "must be a two-letter ISO 3166-1 code")
        String country,
    @NotNull
        @DecimalMin(value = "0", inclusive = false)
        @DecimalMax("1000")
        @Digits(integer = 4, fraction = 3)
        BigDecimal weightKg,
    @NotNull @Valid Dimensions dimensionsCm) {

  /** Outer dimensions in centimetres. */
  public record Dimensions(
      @NotNull
          @DecimalMin(value = "0", inclusive = false)
          @DecimalMax("400")
          @Digits(integer = 3, fraction = 1)
          BigDecimal length,
      @NotNull
          @DecimalMin(value = "0", inclusive = false)
          @DecimalMax("400")
          @Digits(integer = 3, fraction = 1)
          BigDecimal width,
      @NotNull
          @DecimalMin(value = "0", inclusive = false)
          @DecimalMax("400")
          @Digits(integer = 3, fraction = 1)
          BigDecimal height) {}

  Parcel parcel() {
    return new Parcel(weightKg, dimensionsCm.length(), dimensionsCm.width(), dimensionsCm.height());
  }
}
