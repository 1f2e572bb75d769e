package com.vita.catalog.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vita.catalog.entity.Dimensions;
import com.vita.catalog.entity.ProductContent;
import com.vita.catalog.entity.ProductStatus;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProductRulesTest {

  private final ProductRules rules = new ProductRules();

  private static ProductDraft draft(String name, String price, Integer stock) {
    return new ProductDraft(
        null, name, null, price == null ? null : new BigDecimal(price), null, stock, null, null);
  }

  private List<String> faults(ProductDraft d, String currency) {
    return rules.check(d, currency).stream().map(e -> e.field() + ": " + e.message()).toList();
  }

  private List<String> fields(ProductDraft d, String currency) {
    return rules.check(d, currency).stream().map(FieldError::field).toList();
  }

  @Test
  void theSeedsProductPasses() {
    assertEquals(List.of(), faults(draft("Test Product", "99.99", 10), "EUR"));
  }

  @Test
  void nameIsRequiredAndThreeToOneHundredCharacters() {
    assertEquals(List.of("name"), fields(draft(null, "1", 1), "EUR"));
    assertEquals(List.of("name"), fields(draft("   ", "1", 1), "EUR"));
    assertEquals(List.of("name"), fields(draft("ab", "1", 1), "EUR"));
    assertEquals(List.of(), fields(draft("abc", "1", 1), "EUR"));
    assertEquals(List.of(), fields(draft("a".repeat(100), "1", 1), "EUR"));
    assertEquals(List.of("name"), fields(draft("a".repeat(101), "1", 1), "EUR"));
    // Characters, not UTF-16 units: 100 emoji are 200 chars in Java and fit varchar(100).
    assertEquals(List.of(), fields(draft("😀".repeat(100), "1", 1), "EUR"));
    assertEquals(List.of("name"), fields(draft("Línea\nnueva", "1", 1), "EUR"));
    assertEquals(List.of("name"), fields(draft("nul\u0000byte", "1", 1), "EUR"));
  }

  @Test
  void descriptionIsAtMostOneThousandAndMayHaveLineBreaks() {
    ProductDraft ok =
        new ProductDraft(null, "abc", "x".repeat(1000), BigDecimal.ONE, null, 0, null, null);
    assertEquals(List.of(), faults(ok, "EUR"));
    ProductDraft lines =
        new ProductDraft(null, "abc", "uno\r\ndos\tthree", BigDecimal.ONE, null, 0, null, null);
    assertEquals(List.of(), faults(lines, "EUR"));
    ProductDraft tooLong =
        new ProductDraft(null, "abc", "x".repeat(1001), BigDecimal.ONE, null, 0, null, null);
    assertEquals(List.of("description"), fields(tooLong, "EUR"));
    ProductDraft nul =
        new ProductDraft(null, "abc", "a\u0000b", BigDecimal.ONE, null, 0, null, null);
    assertEquals(List.of("description"), fields(nul, "EUR"));
    ProductDraft blank = new ProductDraft(null, "abc", "  ", BigDecimal.ONE, null, 0, null, null);
    assertEquals(List.of("description"), fields(blank, "EUR"));
  }

  @Test
  void priceIsPositiveWithTheCurrencysDecimals() {
    assertEquals(List.of("price"), fields(draft("abc", null, 1), "EUR"));
    assertEquals(List.of("price"), fields(draft("abc", "0", 1), "EUR"));
    assertEquals(List.of("price"), fields(draft("abc", "-1.00", 1), "EUR"));
    assertEquals(List.of("price"), fields(draft("abc", "1.001", 1), "EUR"));
    assertEquals(List.of(), fields(draft("abc", "1.10", 1), "EUR"));
    assertEquals(List.of(), fields(draft("abc", "1.100", 1), "EUR")); // trailing zeros are exact
    assertEquals(List.of(), fields(draft("abc", "4990", 1), "CLP"));
    assertEquals(List.of(), fields(draft("abc", "4990.00", 1), "CLP"));
    assertEquals(List.of("price: CLP has no decimals"), faults(draft("abc", "4990.5", 1), "CLP"));
    assertEquals(List.of("price"), fields(draft("abc", "1E+30", 1), "EUR"));
    assertEquals(List.of("price"), fields(draft("abc", "200000000000", 1), "EUR"));
  }

  @Test
  void stockIsRequiredAndNeverNegative() {
    assertEquals(List.of("stock"), fields(draft("abc", "1", null), "EUR"));
    assertEquals(List.of("stock"), fields(draft("abc", "1", -1), "EUR"));
    assertEquals(List.of(), fields(draft("abc", "1", 0), "EUR"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ABC-1",
        "abc 1",
        "ñandú",
        "<script>",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
      })
  void skuIsAlphanumericAndAtMostFifty(String sku) {
    ProductDraft d = new ProductDraft(sku, "abc", null, BigDecimal.ONE, null, 0, null, null);
    assertEquals(List.of("sku"), fields(d, "EUR"));
  }

  @Test
  void aBlankSkuIsNoneAndAValidOnePasses() {
    ProductDraft blank = new ProductDraft(" ", "abc", null, BigDecimal.ONE, null, 0, null, null);
    assertEquals(List.of(), fields(blank, "EUR"));
    ProductDraft ok =
        new ProductDraft("Ab12" + "x".repeat(46), "abc", null, BigDecimal.ONE, null, 0, null, null);
    assertEquals(List.of(), fields(ok, "EUR"));
  }

  @Test
  void categoryWeightAndDimensionsHaveBounds() {
    ProductDraft d =
        new ProductDraft(
            null, "abc", null, BigDecimal.ONE, "c".repeat(51), 0, 0, "30 por 20 por 10");
    assertEquals(List.of("category", "weightGrams", "dimensions"), fields(d, "EUR"));
    ProductDraft heavy =
        new ProductDraft(null, "abc", null, BigDecimal.ONE, "ok", 0, 1_000_001, "0x1x1");
    assertEquals(List.of("weightGrams", "dimensions"), fields(heavy, "EUR"));
    ProductDraft fine =
        new ProductDraft(null, "abc", null, BigDecimal.ONE, "ok", 0, 1500, " 30 x 20,5 × 10.5 ");
    assertEquals(List.of(), fields(fine, "EUR"));
  }

  @Test
  void everyFaultIsNamedAtOnce() {
    ProductDraft d = new ProductDraft("a-b", "x", null, new BigDecimal("0"), null, -3, -1, "x");
    assertEquals(
        List.of("sku", "name", "price", "stock", "weightGrams", "dimensions"), fields(d, "EUR"));
  }

  @Test
  void contentTakesTheStoresCategoryAndMinorUnits() {
    ProductDraft d =
        new ProductDraft(null, "Mesa", "", new BigDecimal("4990"), null, 3, 1200, "30x20x10.5");
    ProductContent c =
        rules.content(d, Currency.getInstance("CLP"), "muebles", ProductStatus.ACTIVE);
    assertEquals("muebles", c.category());
    assertEquals(4990, c.price().minorUnits());
    assertNull(c.description());
    assertEquals(
        new Dimensions(new BigDecimal("30"), new BigDecimal("20"), new BigDecimal("10.5")),
        c.dimensions());
    assertEquals("30x20x10.5", c.dimensions().toString());
    ProductDraft eur =
        new ProductDraft(null, "Mesa", "d", new BigDecimal("99.99"), "sillas", 3, null, " ");
    ProductContent e =
        rules.content(eur, Currency.getInstance("EUR"), "muebles", ProductStatus.DRAFT);
    assertEquals("sillas", e.category());
    assertEquals(9999, e.price().minorUnits());
    assertNull(e.dimensions());
    assertTrue(e.status() == ProductStatus.DRAFT);
  }
}
