package com.vita.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Import files built in the test (POI's SXSSF, constant memory), never binary fixtures. Rows are
 * lists of cell values: a {@code Number} becomes a numeric cell, anything else a string cell, null
 * no cell at all.
 */
public final class TestSheets {

  public static final List<String> HEADER =
      List.of(
          "nombre",
          "descripción",
          "precio",
          "categoria",
          "sku",
          "stock",
          "imagen_url",
          "peso",
          "dimensiones");

  private TestSheets() {}

  /** A valid product row for SKU {@code prefix + n}. */
  public static List<Object> product(String prefix, int n) {
    List<Object> row = new ArrayList<>();
    row.add("Producto " + n);
    row.add("Descripción del producto " + n);
    row.add(1000 + n);
    row.add("ropa");
    row.add(prefix + n);
    row.add(n % 50);
    row.add(null);
    row.add(250);
    row.add("30x20x2");
    return row;
  }

  public static Path xlsx(Path file, List<? extends List<?>> rows) {
    return xlsx(file, rows, sheet -> {});
  }

  /** A workbook with the header and these rows; {@code extra} may change the sheet further. */
  public static Path xlsx(Path file, List<? extends List<?>> rows, Consumer<SXSSFSheet> extra) {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        OutputStream out = Files.newOutputStream(file)) {
      SXSSFSheet sheet = workbook.createSheet("productos");
      write(sheet.createRow(0), HEADER);
      for (int i = 0; i < rows.size(); i++) {
        write(sheet.createRow(i + 1), rows.get(i));
      }
      extra.accept(sheet);
      workbook.write(out);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void write(Row row, List<?> values) {
    for (int c = 0; c < values.size(); c++) {
      Object value = values.get(c);
      if (value instanceof Number n) {
        row.createCell(c).setCellValue(n.doubleValue());
      } else if (value instanceof java.time.LocalDate date) {
        Cell cell = row.createCell(c);
        var style = row.getSheet().getWorkbook().createCellStyle();
        style.setDataFormat((short) 14); // the built-in m/d/yy date format
        cell.setCellValue(date);
        cell.setCellStyle(style);
      } else if (value != null) {
        Cell cell = row.createCell(c);
        cell.setCellValue(value.toString());
      }
    }
  }

  /** {@code count} valid rows, SKUs {@code prefix1..prefixN}. */
  public static List<List<Object>> products(String prefix, int count) {
    List<List<Object>> rows = new ArrayList<>();
    for (int n = 1; n <= count; n++) {
      rows.add(product(prefix, n));
    }
    return rows;
  }
}
