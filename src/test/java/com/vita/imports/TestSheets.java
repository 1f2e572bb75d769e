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

  /** What writes a sheet's XML in place of the one POI wrote. */
  public interface SheetXml {
    void write(java.io.Writer out) throws IOException;
  }

  /**
   * A workbook POI wrote, with its first sheet's XML replaced: for files POI itself would never
   * write (a DTD, a zip bomb).
   */
  public static Path withSheetXml(Path file, SheetXml sheet) {
    Path valid = xlsx(file.resolveSibling(file.getFileName() + ".base"), List.of());
    try (var in = new java.util.zip.ZipFile(valid.toFile());
        var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
      for (var entry : java.util.Collections.list(in.entries())) {
        out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
        if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
          var writer = new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8);
          sheet.write(writer);
          writer.flush();
        } else {
          try (var content = in.getInputStream(entry)) {
            content.transferTo(out);
          }
        }
        out.closeEntry();
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The opening of a sheet's XML up to its data, for {@link #withSheetXml}. */
  public static final String SHEET_START =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
          + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
          + "<sheetData>";

  public static final String SHEET_END = "</sheetData></worksheet>";

  /**
   * A row of inline-string cells, as a sheet's XML writes it; a cell given as {@code <c...} is
   * taken as it is (a formula, a number), an empty one is left out.
   */
  public static String rowXml(int row, List<String> cells) {
    StringBuilder xml = new StringBuilder("<row r=\"" + row + "\">");
    for (int c = 0; c < cells.size(); c++) {
      String cell = cells.get(c);
      if (cell.startsWith("<c")) {
        xml.append(cell);
      } else if (!cell.isEmpty()) {
        xml.append("<c r=\"")
            .append((char) ('A' + c))
            .append(row)
            .append("\" t=\"inlineStr\"><is><t>")
            .append(cell)
            .append("</t></is></c>");
      }
    }
    return xml.append("</row>").toString();
  }

  /** The cells of a valid product row, as text. */
  public static List<String> productText(String prefix, int n) {
    return product(prefix, n).stream().map(v -> v == null ? "" : v.toString()).toList();
  }
}
