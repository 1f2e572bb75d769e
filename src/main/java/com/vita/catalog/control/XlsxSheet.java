package com.vita.catalog.control;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * xlsx through POI's SXSSF: only the last {@value #WINDOW} rows are in memory, the others are
 * flushed to a compressed temporary file and streamed into the workbook at the end, so a 100,000-
 * product catalogue costs what a 100-product one does. Text cells are always strings (never
 * formulas), and neutralised too for when the sheet is re-saved as CSV.
 */
final class XlsxSheet implements CatalogSheet {

  static final int WINDOW = 100;

  private SXSSFWorkbook workbook;
  private Sheet sheet;
  private OutputStream out;
  private int next;

  @Override
  public String mediaType() {
    return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  }

  @Override
  public String extension() {
    return "xlsx";
  }

  @Override
  public void start(OutputStream out, List<String> header) {
    this.out = out;
    workbook = new SXSSFWorkbook(WINDOW);
    workbook.setCompressTempFiles(true);
    sheet = workbook.createSheet("productos");
    CellStyle bold = workbook.createCellStyle();
    Font font = workbook.createFont();
    font.setBold(true);
    bold.setFont(font);
    Row row = sheet.createRow(next++);
    for (int i = 0; i < header.size(); i++) {
      Cell cell = row.createCell(i);
      cell.setCellValue(header.get(i));
      cell.setCellStyle(bold);
      sheet.setColumnWidth(i, (i == 1 ? 50 : 18) * 256);
    }
  }

  @Override
  public void row(List<Object> values) {
    Row row = sheet.createRow(next++);
    for (int i = 0; i < values.size(); i++) {
      Object value = values.get(i);
      if (value == null) {
        continue;
      }
      Cell cell = row.createCell(i);
      if (value instanceof BigDecimal decimal) {
        // A spreadsheet number is a double; prices have at most 2 decimals, which it holds exactly
        // enough to show and re-import (the import reads the cell back as a decimal).
        cell.setCellValue(decimal.doubleValue());
      } else if (value instanceof Number number) {
        cell.setCellValue(number.doubleValue());
      } else {
        cell.setCellValue(CellText.neutralised(value.toString()));
      }
    }
  }

  @Override
  public void finish() throws IOException {
    try {
      workbook.write(out);
      out.flush();
    } finally {
      workbook.close(); // also removes the temporary files
    }
  }
}
