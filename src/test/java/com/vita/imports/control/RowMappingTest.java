package com.vita.imports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.vita.catalog.control.ProductRules;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RowMappingTest {

  private static SourceRow row(Object... columnsAndValues) {
    Map<ImportColumn, String> values = new EnumMap<>(ImportColumn.class);
    values.put(ImportColumn.NAME, "Camiseta");
    values.put(ImportColumn.PRICE, "19990");
    values.put(ImportColumn.SKU, "CAM1");
    values.put(ImportColumn.STOCK, "3");
    for (int i = 0; i < columnsAndValues.length; i += 2) {
      values.put((ImportColumn) columnsAndValues[i], (String) columnsAndValues[i + 1]);
    }
    return new SourceRow(7, values);
  }

  private static List<String> columnsOf(SourceRow row, String currency) {
    RowRejected rejected =
        assertThrows(RowRejected.class, () -> RowMapping.mapped(row, currency, new ProductRules()));
    assertEquals(row, rejected.row());
    return rejected.errors().stream().map(e -> e.field()).toList();
  }

  @Test
  void mapsAValidRow() {
    ImportRow mapped =
        RowMapping.mapped(
            row(
                ImportColumn.PRICE,
                "12,50",
                ImportColumn.WEIGHT,
                "200.0",
                ImportColumn.IMAGE_URL,
                "https://x.test/a.jpg"),
            "EUR",
            new ProductRules());
    assertEquals(new BigDecimal("12.50"), mapped.draft().price());
    assertEquals(200, mapped.draft().weightGrams());
    assertEquals("https://x.test/a.jpg", mapped.imageUrl());
    assertEquals(ImportColumn.values().length, mapped.source().cells().size());
  }

  @Test
  void namesTheColumnOfEachError() {
    assertEquals(List.of("precio"), columnsOf(row(ImportColumn.PRICE, "2024-01-15"), "CLP"));
    assertEquals(List.of("precio"), columnsOf(row(ImportColumn.PRICE, " "), "CLP"));
    assertEquals(List.of("precio"), columnsOf(row(ImportColumn.PRICE, "12.5"), "CLP"));
    assertEquals(List.of("stock"), columnsOf(row(ImportColumn.STOCK, "2.5"), "CLP"));
    assertEquals(
        List.of("sku", "nombre"),
        columnsOf(row(ImportColumn.SKU, "", ImportColumn.NAME, ""), "CLP"));
    assertEquals(
        List.of("imagen_url"),
        columnsOf(row(ImportColumn.IMAGE_URL, "javascript:alert(1)"), "CLP"));
    assertEquals(List.of("peso"), columnsOf(row(ImportColumn.WEIGHT, "-5"), "CLP"));
    assertEquals(
        List.of("descripción"), columnsOf(row(ImportColumn.DESCRIPTION, "x".repeat(1001)), "CLP"));
    assertEquals(List.of("precio"), columnsOf(row(ImportColumn.PRICE, "x".repeat(50)), "CLP"));
  }
}
