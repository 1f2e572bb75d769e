package com.vita.shipping.control;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A service's whole rate table as admins read and replace it, amounts in the currency's minor units
 * (CLP 4990 is 4990, EUR 5.95 is 595). A replacement names every zone of the country, each with
 * rising bracket limits and prices that never fall as weight rises.
 */
public record RateTable(
    long methodId,
    String country,
    String carrier,
    String service,
    String currency,
    @NotNull @Min(1000) @Max(10000) Integer volumetricDivisor,
    @NotEmpty @Size(max = 9) List<@NotNull @Valid Zone> zones) {

  /** One zone's tariff. */
  public record Zone(
      @NotNull @Min(1) @Max(9) Integer zone,
      @NotNull @Min(0) @Max(60) Integer minDeliveryDays,
      @NotNull @Min(0) @Max(60) Integer maxDeliveryDays,
      @NotNull @Min(0) @Max(1_000_000_000L) Long extraKgMinor,
      @NotEmpty @Size(max = 30) List<@NotNull @Valid Bracket> brackets) {}

  /** Every billable weight up to and including {@code upToGrams} costs {@code priceMinor}. */
  public record Bracket(
      @NotNull @Min(1) @Max(1_000_000) Integer upToGrams,
      @NotNull @Min(1) @Max(1_000_000_000_000L) Long priceMinor) {}
}
