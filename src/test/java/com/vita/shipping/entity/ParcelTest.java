package com.vita.shipping.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ParcelTest {

  @Test
  void aDenseParcelIsChargedByItsWeight() {
    Parcel parcel = parcel("2.5", "30", "20", "10"); // 6000 cm3 / 5000 = 1.2 kg volumetric
    assertEquals(new BigDecimal("2.500"), parcel.chargeableWeightKg(5000));
  }

  @Test
  void aBulkyParcelIsChargedByItsVolume() {
    Parcel parcel = parcel("1", "60", "40", "40"); // 96000 cm3 / 5000 = 19.2 kg
    assertEquals(new BigDecimal("19.200"), parcel.chargeableWeightKg(5000));
    assertEquals(new BigDecimal("16.000"), parcel.chargeableWeightKg(6000));
  }

  private static Parcel parcel(String kg, String l, String w, String h) {
    return new Parcel(new BigDecimal(kg), new BigDecimal(l), new BigDecimal(w), new BigDecimal(h));
  }
}
