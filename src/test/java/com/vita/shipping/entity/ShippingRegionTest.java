package com.vita.shipping.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ShippingRegionTest {

  @Test
  void keysIgnoreCaseAccentsPunctuationAndSpaces() {
    assertEquals("regionmetropolitana", ShippingRegion.keyOf("Región  Metropolitana"));
    assertEquals("yucatan", ShippingRegion.keyOf("YUCATÁN"));
    assertEquals("esib", ShippingRegion.keyOf("ES-IB"));
    assertEquals("bogotadc", ShippingRegion.keyOf("Bogotá D.C."));
    assertEquals("nuble", ShippingRegion.keyOf("Ñuble"));
    assertEquals("", ShippingRegion.keyOf(null));
  }
}
