package com.vita.imports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CsvRowsTest {

  private static CsvRows of(String text) {
    return CsvRows.open(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void readsSemicolonCommaAndTabFilesNumberingEveryLine() throws Exception {
    try (CsvRows rows = of("\uFEFFnombre;precio\r\n\"Uno; dos\";1000\r\n\r\nTres;5\r\n")) {
      assertEquals("nombre", rows.next().cell(0));
      SheetRow first = rows.next();
      assertEquals(2, first.number());
      assertEquals("Uno; dos", first.cell(0));
      assertTrue(rows.next().isBlank());
      assertEquals(4, rows.next().number());
      assertNull(rows.next());
      assertTrue(rows.declaredRows().isEmpty());
    }
    try (CsvRows rows = of("a,b\n1,2\n")) {
      assertEquals("b", rows.next().cell(1));
    }
    assertEquals('\t', CsvRows.delimiterOf("a\tb\tc"));
    assertEquals(',', CsvRows.delimiterOf("a"));
  }

  @Test
  void aBrokenQuoteIsAnUnreadableFile() throws Exception {
    try (CsvRows rows = of("a,b\n\"open,2\n")) {
      rows.next();
      org.junit.jupiter.api.Assertions.assertThrows(UnreadableFile.class, rows::next);
    }
  }
}
