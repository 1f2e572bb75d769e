package com.vita.catalog.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vita.platform.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProductTest {

  private static final Currency EUR = Currency.getInstance("EUR");
  private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

  private static ProductContent content(String name, Money price, ProductStatus status) {
    return new ProductContent(name, "desc", "electronics", price, 500, null, status);
  }

  @Test
  void aProductIsCreatedWithoutStockAndOnSaleWhenActive() {
    UUID store = UUID.randomUUID();
    Product p =
        Product.create(
            store, "SKU1", content("Lamp", Money.ofMinor(999, EUR), ProductStatus.ACTIVE), NOW);
    assertEquals(store, p.storeId());
    assertEquals("SKU1", p.sku());
    assertEquals(0, p.stock());
    assertTrue(p.isOnSale());
    assertEquals(NOW, p.createdAt());
    assertEquals("desc", p.description());
    assertEquals(500, p.weightGrams());
    assertEquals("electronics", p.category());
  }

  @Test
  void revisingReplacesTheContentButNotTheCurrency() {
    Product p =
        Product.create(
            UUID.randomUUID(),
            "SKU1",
            content("Lamp", Money.ofMinor(999, EUR), ProductStatus.DRAFT),
            NOW);
    assertFalse(p.isOnSale());
    p.revise(
        content("Big lamp", Money.ofMinor(1999, EUR), ProductStatus.ARCHIVED), NOW.plusSeconds(5));
    assertEquals("Big lamp", p.name());
    assertEquals(ProductStatus.ARCHIVED, p.status());
    assertEquals(NOW.plusSeconds(5), p.updatedAt());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            p.revise(
                content(
                    "Lamp", Money.ofMinor(5, Currency.getInstance("CLP")), ProductStatus.ACTIVE),
                NOW));
  }

  @Test
  void deletingTakesItOffSale() {
    Product p =
        Product.create(
            UUID.randomUUID(),
            "SKU1",
            content("Lamp", Money.ofMinor(999, EUR), ProductStatus.ACTIVE),
            NOW);
    p.delete(NOW);
    assertTrue(p.isDeleted());
    assertFalse(p.isOnSale());
  }

  @Test
  void dimensionsCompareByValue() {
    Dimensions a = new Dimensions(new BigDecimal("30.0"), BigDecimal.TEN, BigDecimal.ONE);
    Dimensions b = new Dimensions(new BigDecimal("30"), new BigDecimal("10.0"), BigDecimal.ONE);
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, new Dimensions(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE));
    assertEquals("30x10x1", a.toString());
  }

  @Test
  void imageSizesAndKeys() {
    assertEquals(ImageSize.MEDIUM, ImageSize.of("800").orElseThrow());
    assertTrue(ImageSize.of("801").isEmpty());
    ProductImage image =
        new ProductImage(
            UUID.randomUUID(),
            "image/jpeg",
            1600,
            900,
            Map.of(ImageSize.SMALL, "s", ImageSize.MEDIUM, "m", ImageSize.LARGE, "l"),
            NOW);
    assertEquals("m", image.key(ImageSize.MEDIUM));
    assertEquals(
        Map.of(ImageSize.SMALL, "s", ImageSize.MEDIUM, "m", ImageSize.LARGE, "l"), image.keys());
    assertEquals(1600, image.width());
    assertEquals(
        new ProductStatusConverter().convertToEntityAttribute("archived"), ProductStatus.ARCHIVED);
  }
}
