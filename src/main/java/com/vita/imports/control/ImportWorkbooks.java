package com.vita.imports.control;

import com.vita.imports.control.ImportRecords.RejectedRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The workbooks the import hands out, streamed with POI's SXSSF (a window of rows in memory): the
 * template (the seed's columns, an example row, data validation on the number columns, a notes
 * sheet) and a job's rejected rows with an error column, which the seller corrects and uploads
 * again (the error column is not an import column, so it is ignored then). Values are string cells,
 * never formulas; one that a spreadsheet would take for a formula once edited ({@code = + - @})
 * gets Excel's quote prefix, which keeps it text without changing the value.
 */
@ApplicationScoped
public class ImportWorkbooks {

  static final String ERROR_HEADER = "error";
  private static final int PAGE = 500;
  private static final int LAST_ROW = 1_048_575;

  @Inject ImportRecords records;

  public void template(OutputStream out) throws IOException {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
      Sheet sheet = workbook.createSheet("productos");
      header(workbook, sheet, List.of());
      Row example = sheet.createRow(1);
      Object[] values = {
        "Camiseta de algodón",
        "Camiseta 100 % algodón, talla M",
        19990,
        "ropa",
        "CAM001",
        25,
        "https://example.com/camiseta.jpg",
        200,
        "30x20x2"
      };
      for (int i = 0; i < values.length; i++) {
        if (values[i] instanceof Number n) {
          example.createCell(i).setCellValue(n.doubleValue());
        } else {
          example.createCell(i).setCellValue((String) values[i]);
        }
      }
      validate(
          sheet,
          ImportColumn.PRICE,
          "Precio > 0",
          DataValidationConstraint.OperatorType.GREATER_THAN,
          "0",
          null,
          true);
      validate(
          sheet,
          ImportColumn.STOCK,
          "Stock entero ≥ 0",
          DataValidationConstraint.OperatorType.BETWEEN,
          "0",
          "2147483647",
          false);
      validate(
          sheet,
          ImportColumn.WEIGHT,
          "Peso en gramos, entero ≥ 0",
          DataValidationConstraint.OperatorType.BETWEEN,
          "0",
          "2147483647",
          false);
      Sheet notes = workbook.createSheet("notas");
      String[] lines = {
        "Una fila por producto; la primera fila nombra las columnas (también en inglés: name,"
            + " description, price, category, sku, stock, image_url, weight, dimensions).",
        "nombre: 3 a 100 caracteres. descripción: hasta 1000. precio: mayor que 0, con los"
            + " decimales de la moneda de la tienda (CLP sin decimales).",
        "sku: letras y números, hasta 50, único en la tienda: un SKU que ya existe actualiza el"
            + " producto; repetido en el archivo, la segunda fila es un error.",
        "stock: entero ≥ 0. peso: gramos. dimensiones: texto, p. ej. 30x20x2 (cm).",
        "imagen_url: http o https; la imagen se descarga después de importar las filas.",
        "Las fórmulas se leen por su último valor calculado; las celdas combinadas valen en su"
            + " primera celda.",
        "Las filas con errores se omiten y se informan; descargue errors.xlsx, corríjalas y"
            + " vuelva a subir el archivo."
      };
      for (int i = 0; i < lines.length; i++) {
        notes.createRow(i).createCell(0).setCellValue(lines[i]);
      }
      workbook.write(out);
    }
  }

  public void rejectedRows(UUID importId, OutputStream out) throws IOException {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
      Sheet sheet = workbook.createSheet("errores");
      header(workbook, sheet, List.of(ERROR_HEADER, "fila"));
      CellStyle quoted = workbook.createCellStyle();
      quoted.setQuotePrefixed(true);
      int next = 1;
      long after = 0;
      for (List<RejectedRow> page = records.rejected(importId, after, PAGE);
          !page.isEmpty();
          page = records.rejected(importId, after, PAGE)) {
        for (RejectedRow rejected : page) {
          Row row = sheet.createRow(next++);
          for (int i = 0; i < rejected.cells().size(); i++) {
            String value = rejected.cells().get(i);
            if (value != null) {
              text(row.createCell(i), value, quoted);
            }
          }
          int columns = ImportColumn.values().length;
          text(row.createCell(columns), rejected.errors(), quoted);
          row.createCell(columns + 1).setCellValue(rejected.row());
          after = rejected.row();
        }
      }
      workbook.write(out);
    }
  }

  private static void header(SXSSFWorkbook workbook, Sheet sheet, List<String> extra) {
    CellStyle bold = workbook.createCellStyle();
    Font font = workbook.createFont();
    font.setBold(true);
    bold.setFont(font);
    Row header = sheet.createRow(0);
    int i = 0;
    for (ImportColumn column : ImportColumn.values()) {
      Cell cell = header.createCell(i++);
      cell.setCellValue(column.header());
      cell.setCellStyle(bold);
    }
    for (String name : extra) {
      Cell cell = header.createCell(i++);
      cell.setCellValue(name);
      cell.setCellStyle(bold);
    }
  }

  private static void validate(
      Sheet sheet,
      ImportColumn column,
      String message,
      int operator,
      String first,
      String second,
      boolean decimal) {
    DataValidationHelper helper = sheet.getDataValidationHelper();
    DataValidationConstraint constraint =
        decimal
            ? helper.createDecimalConstraint(operator, first, second)
            : helper.createIntegerConstraint(operator, first, second);
    int index = column.ordinal();
    DataValidation validation =
        helper.createValidation(constraint, new CellRangeAddressList(1, LAST_ROW, index, index));
    validation.setShowErrorBox(true);
    validation.createErrorBox(column.header(), message);
    sheet.addValidationData(validation);
  }

  private static void text(Cell cell, String value, CellStyle quoted) {
    cell.setCellValue(value);
    if (looksLikeFormula(value)) {
      cell.setCellStyle(quoted);
    }
  }

  /** Text a spreadsheet would evaluate once edited (formula injection). */
  static boolean looksLikeFormula(String value) {
    return value != null && !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0;
  }
}
