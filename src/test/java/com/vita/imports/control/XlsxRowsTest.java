package com.vita.imports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vita.imports.TestSheets;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxRowsTest {

  @TempDir Path dir;

  @Test
  void readsRowsInOrderWithPlainNumbersDatesAndGaps() throws Exception {
    List<Object> row = new ArrayList<>(TestSheets.product("A", 1));
    row.set(2, 1234.5);
    row.set(5, LocalDate.of(2024, 1, 15));
    Path file = TestSheets.xlsx(dir.resolve("a.xlsx"), List.of(row));
    try (XlsxRows rows = XlsxRows.open(file, WorkbookLimits.DEFAULTS)) {
      SheetRow header = rows.next();
      assertEquals(1, header.number());
      assertEquals("descripción", header.cell(1));
      SheetRow first = rows.next();
      assertEquals(2, first.number());
      assertEquals("1234.5", first.cell(2));
      assertEquals("2024-01-15", first.cell(5));
      assertNull(first.cell(6));
      assertEquals("250", first.cell(7));
      assertNull(rows.next());
      assertEquals(2, rows.declaredRows().orElseThrow());
    }
  }

  @Test
  void anExternalEntityIsRefusedAndNeverRead() throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET");
    Path file =
        TestSheets.withSheetXml(
            dir.resolve("xxe.xlsx"),
            out ->
                out.write(
                    "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY x SYSTEM \""
                        + secret.toUri()
                        + "\">]>"
                        + TestSheets.SHEET_START.substring(TestSheets.SHEET_START.indexOf("?>") + 2)
                        + TestSheets.rowXml(1, List.of("&x;"))
                        + TestSheets.SHEET_END));
    UnreadableFile refused =
        assertThrows(
            UnreadableFile.class,
            () -> {
              try (XlsxRows rows = XlsxRows.open(file, WorkbookLimits.DEFAULTS)) {
                for (SheetRow r = rows.next(); r != null; r = rows.next()) {
                  assertFalse(String.valueOf(r.cells()).contains("TOP-SECRET"));
                }
              }
            });
    assertTrue(refused.getMessage().contains("DTD"));
  }

  @Test
  void aZipBombIsRefused() {
    Path file =
        TestSheets.withSheetXml(
            dir.resolve("bomb.xlsx"),
            out -> {
              out.write(TestSheets.SHEET_START);
              char[] blanks = new char[1 << 20];
              java.util.Arrays.fill(blanks, ' ');
              for (int i = 0; i < 20; i++) {
                out.write(blanks);
              }
              out.write(TestSheets.SHEET_END);
            });
    UnreadableFile refused =
        assertThrows(
            UnreadableFile.class,
            () -> {
              try (XlsxRows rows = XlsxRows.open(file, WorkbookLimits.DEFAULTS)) {
                rows.next();
              }
            });
    assertTrue(refused.getMessage().contains("zip bomb"), refused.getMessage());
  }

  @Test
  void aZipThatIsNoWorkbookIsRefused() throws Exception {
    Path zip = dir.resolve("z.xlsx");
    try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
      out.putNextEntry(new java.util.zip.ZipEntry("a.txt"));
      out.write("x".getBytes(StandardCharsets.UTF_8));
    }
    UnreadableFile refused =
        assertThrows(UnreadableFile.class, () -> XlsxRows.open(zip, WorkbookLimits.DEFAULTS));
    assertTrue(refused.getMessage().contains("xlsx"), refused.getMessage());
  }

  @Test
  void dimensionsGiveTheLastRow() {
    assertEquals(1001, XlsxRows.rowsOf("A1:I1001"));
    assertEquals(-1, XlsxRows.rowsOf("A1"));
    assertEquals(-1, XlsxRows.rowsOf(null));
    assertEquals(-1, XlsxRows.rowsOf("A1:???"));
  }
}
