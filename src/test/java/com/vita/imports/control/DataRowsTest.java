package com.vita.imports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DataRowsTest {

  private static DataRows of(String csv, int maxBlank, long maxRows) {
    return DataRows.of(
        CsvRows.open(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))),
        maxBlank,
        maxRows);
  }

  @Test
  void mapsColumnsByHeaderAndEndsAfterTooManyBlankRows() {
    try (DataRows rows =
        of("\n\nSKU,Name,Precio,notas\nA1,Uno,10,x\n\nB2,Dos,20,y\n\n\n\nC3,Tres,5,z\n", 3, 10)) {
      SourceRow first = rows.next();
      assertEquals(4, first.number());
      assertEquals("A1", first.value(ImportColumn.SKU));
      assertEquals("Uno", first.value(ImportColumn.NAME));
      assertNull(first.value(ImportColumn.STOCK));
      assertEquals(6, rows.next().number());
      assertNull(rows.next()); // three blank rows end the data; C3 is not read
      assertNull(rows.declaredDataRows());
    }
  }

  @Test
  void skipsToACheckpoint() {
    try (DataRows rows = of("sku,nombre,precio\nA,a,1\nB,b,2\nC,c,3\n", 10, 10)) {
      rows.skipTo(3);
      assertEquals("C", rows.next().value(ImportColumn.SKU));
    }
  }

  @Test
  void refusesFilesWithoutTheRequiredColumnsOrWithTooManyRows() {
    UnreadableFile missing =
        assertThrows(UnreadableFile.class, () -> of("nombre,precio\nA,1\n", 10, 10));
    assertTrue(missing.getMessage().contains("sku"));
    assertThrows(UnreadableFile.class, () -> of("sku,SKU,nombre,precio\n", 10, 10));
    assertThrows(UnreadableFile.class, () -> of("\n\n\n", 2, 10));
    try (DataRows rows = of("sku,nombre,precio\nA,a,1\nB,b,2\n", 10, 1)) {
      rows.next();
      assertThrows(UnreadableFile.class, rows::next);
    }
  }
}
