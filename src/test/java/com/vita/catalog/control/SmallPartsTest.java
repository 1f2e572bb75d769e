package com.vita.catalog.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vita.platform.problems.ProblemException;
import com.vita.platform.problems.ProblemType;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Cursors, SKUs, cell text and page sizes. */
class SmallPartsTest {

  @Test
  void aCursorRoundTripsToTheMicrosecond() {
    PageCursor cursor =
        new PageCursor(Instant.parse("2026-12-01T10:15:30.123456Z"), UUID.randomUUID());
    assertEquals(cursor, PageCursor.parse(cursor.encoded()));
    PageCursor early = new PageCursor(Instant.parse("1969-12-31T23:59:59.5Z"), UUID.randomUUID());
    assertEquals(early, PageCursor.parse(early.encoded()));
    assertNull(PageCursor.parse(null));
    assertNull(PageCursor.parse(""));
  }

  @Test
  void aForgedCursorIsA400() {
    for (String forged : new String[] {"nope", "MTIz", "!!!", "MTIzOm5vdC1hLXV1aWQ"}) {
      ProblemException e = assertThrows(ProblemException.class, () -> PageCursor.parse(forged));
      assertEquals(ProblemType.VALIDATION, e.type());
      assertEquals("cursor", e.errors().get(0).field());
    }
  }

  @Test
  void generatedSkusAreAlphanumericAndDiffer() {
    String a = ProductSkus.generate();
    assertTrue(a.matches("P[A-Z0-9]{11}"), a);
    assertNotEquals(a, ProductSkus.generate());
    assertEquals("MINE1", ProductSkus.orGenerated("MINE1"));
    assertTrue(ProductSkus.orGenerated(" ").startsWith("P"));
    assertTrue(ProductSkus.orGenerated(null).startsWith("P"));
  }

  @Test
  void cellsThatASpreadsheetWouldRunAreNeutralised() {
    assertEquals("'=HYPERLINK(\"http://x\")", CellText.neutralised("=HYPERLINK(\"http://x\")"));
    assertEquals("'+1", CellText.neutralised("+1"));
    assertEquals("'-2+3", CellText.neutralised("-2+3"));
    assertEquals("'@SUM(A1)", CellText.neutralised("@SUM(A1)"));
    assertEquals("'\tx", CellText.neutralised("\tx"));
    assertEquals("'\rx", CellText.neutralised("\rx"));
    assertEquals("Mesa = 2", CellText.neutralised("Mesa = 2"));
    assertEquals("", CellText.neutralised(""));
    assertNull(CellText.neutralised(null));
  }

  @Test
  void csvFieldsAreQuotedWhenTheyMustBe() {
    assertEquals("plain", CsvSheet.field("plain"));
    assertEquals("\"a,b\"", CsvSheet.field("a,b"));
    assertEquals("\"say \"\"hi\"\"\"", CsvSheet.field("say \"hi\""));
    assertEquals("\"two\nlines\"", CsvSheet.field("two\nlines"));
    assertEquals("\"'=1,2\"", CsvSheet.field("=1,2"));
    assertEquals("99.90", CsvSheet.field(new java.math.BigDecimal("99.90")));
    assertEquals("7", CsvSheet.field(7));
    assertEquals("", CsvSheet.field(null));
  }

  @Test
  void pageSizesAreBounded() {
    assertEquals(ProductQueries.DEFAULT_LIMIT, ProductQueries.limit(null));
    assertEquals(1, ProductQueries.limit(1));
    assertEquals(100, ProductQueries.limit(100));
    assertThrows(ProblemException.class, () -> ProductQueries.limit(0));
    assertThrows(ProblemException.class, () -> ProductQueries.limit(101));
  }

  @Test
  void exportFormatsAreXlsxByDefaultOrCsv() {
    assertEquals("xlsx", CatalogSheet.of(null).extension());
    assertEquals("xlsx", CatalogSheet.of("xlsx").extension());
    assertEquals("csv", CatalogSheet.of("csv").extension());
    assertNull(CatalogSheet.of("pdf"));
  }

  @Test
  void upsertOutcomesAdd() {
    assertEquals(new UpsertOutcome(3, 5), new UpsertOutcome(1, 2).plus(new UpsertOutcome(2, 3)));
  }
}
