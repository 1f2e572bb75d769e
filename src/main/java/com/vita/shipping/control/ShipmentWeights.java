package com.vita.shipping.control;

import com.vita.shipping.entity.Parcel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The weight a carrier bills for several items sent together: each unit counts with the larger of
 * its actual and volumetric weight. A product without a weight counts with a configured default, so
 * a checkout is never quoted free shipping for missing data.
 */
@ApplicationScoped
public class ShipmentWeights {

  private static final BigDecimal GRAMS_PER_KG = BigDecimal.valueOf(1000);

  @Inject
  @ConfigProperty(name = "shipping.default-item-weight-grams", defaultValue = "500")
  int defaultItemWeightGrams;

  /** Total billable kilograms (three decimals) of the items under the carrier's divisor. */
  public BigDecimal billableKg(List<ShippingItem> items, int volumetricDivisor) {
    BigDecimal total = BigDecimal.ZERO;
    for (ShippingItem item : items) {
      int grams = item.weightGrams() == null ? defaultItemWeightGrams : item.weightGrams();
      BigDecimal actualKg = BigDecimal.valueOf(grams).divide(GRAMS_PER_KG, 3, RoundingMode.HALF_UP);
      BigDecimal unit =
          item.lengthCm() == null
              ? actualKg
              : new Parcel(actualKg, item.lengthCm(), item.widthCm(), item.heightCm())
                  .chargeableWeightKg(volumetricDivisor);
      total = total.add(unit.multiply(BigDecimal.valueOf(item.quantity())));
    }
    return total.setScale(3, RoundingMode.HALF_UP);
  }
}
