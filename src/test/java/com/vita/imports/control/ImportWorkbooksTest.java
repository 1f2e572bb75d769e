package com.vita.imports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vita.imports.control.ImportRecords.RejectedRow;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ImportWorkbooksTest {

  @Test
  void theErrorsWorkbookHoldsEveryRejectedRowPageByPageWithFormulasKeptAsText() throws Exception {
    List<RejectedRow> all = new ArrayList<>();
    for (long r = 2; r <= 1201; r++) {
      List<String> cells = new ArrayList<>(Arrays.asList(new String[ImportColumn.values().length]));
      cells.set(0, r == 2 ? "=HYPERLINK(\"http://evil\")" : "Producto " + r);
      all.add(new RejectedRow(r, cells, "precio: must be a number"));
    }
    ImportWorkbooks workbooks = new ImportWorkbooks();
    workbooks.records =
        new ImportRecords() {
          @Override
          public List<RejectedRow> rejected(UUID id, long afterRow, int limit) {
            return all.stream().filter(r -> r.row() > afterRow).limit(limit).toList();
          }
        };
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    workbooks.rejectedRows(UUID.randomUUID(), out);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      XSSFSheet sheet = workbook.getSheetAt(0);
      assertEquals(1200, sheet.getLastRowNum());
      assertEquals("error", sheet.getRow(0).getCell(9).getStringCellValue());
      assertEquals("fila", sheet.getRow(0).getCell(10).getStringCellValue());
      var formula = sheet.getRow(1).getCell(0);
      assertEquals(org.apache.poi.ss.usermodel.CellType.STRING, formula.getCellType());
      assertTrue(formula.getCellStyle().getQuotePrefixed());
      assertFalse(sheet.getRow(2).getCell(0).getCellStyle().getQuotePrefixed());
      assertEquals(1201, (int) sheet.getRow(1200).getCell(10).getNumericCellValue());
    }
    assertTrue(ImportWorkbooks.looksLikeFormula("+1"));
    assertFalse(ImportWorkbooks.looksLikeFormula(""));
  }

  @Test
  void theTemplateHasNotesAndValidation() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new ImportWorkbooks().template(out);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      assertEquals("nombre", workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue());
      assertEquals(3, workbook.getSheetAt(0).getDataValidations().size());
      assertEquals("notas", workbook.getSheetName(1));
    }
  }
}
