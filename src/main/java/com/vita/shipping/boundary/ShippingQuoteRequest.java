package com.vita.shipping.boundary;

import com.vita.shipping.control.ShippingItem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A shipment to quote: destination country and region (ISO 3166-2 code, name or usual alias;
 * optional, an unknown one is priced in the country's highest zone) and the items, each with its
 * unit weight in kg, outer dimensions in cm and quantity. The single-parcel shape of the first
 * version of this endpoint ({@code weightKg} and {@code dimensionsCm} at the top, no items) is
 * still taken, as one item; a body gives one shape or the other.
 */
public record ShippingQuoteRequest(
    @NotNull @Pattern(regexp = "[A-Za-z]{2}", message = "must be a two-letter ISO 3166-1 code")
        String country,
    @Size(max = 80) String region,
    @Size(min = 1, max = 100) List<@NotNull @Valid Item> items,
    @DecimalMin(value = "0", inclusive = false)
        @DecimalMax("1000")
        @Digits(integer = 4, fraction = 3)
        BigDecimal weightKg,
    @Valid Dimensions dimensionsCm) {

  /** Items, or a single parcel's weight and dimensions: exactly one of the two shapes. */
  @AssertTrue(message = "give items, or weightKg and dimensionsCm for a single parcel, not both")
  @Schema(hidden = true)
  public boolean isOneShape() {
    return items != null
        ? weightKg == null && dimensionsCm == null
        : weightKg != null && dimensionsCm != null;
  }

  /** One item: unit weight, outer dimensions of one unit, how many. */
  public record Item(
      @NotNull
          @DecimalMin(value = "0", inclusive = false)
          @DecimalMax("1000")
          @Digits(integer = 4, fraction = 3)
          BigDecimal weightKg,
      @NotNull @Valid Dimensions dimensionsCm,
      @NotNull @Min(1) @Max(1000) Integer quantity) {

    ShippingItem shippingItem() {
      return new ShippingItem(
          weightKg.movePointRight(3).intValueExact(),
          dimensionsCm.length(),
          dimensionsCm.width(),
          dimensionsCm.height(),
          quantity);
    }
  }

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

  List<ShippingItem> shippingItems() {
    if (items == null) {
      return List.of(new Item(weightKg, dimensionsCm, 1).shippingItem());
    }
    return items.stream().map(Item::shippingItem).toList();
  }
}
