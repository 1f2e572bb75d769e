package com.vita.catalog.control;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * A spreadsheet written row by row to a stream, in one of the export's formats. Text cells are
 * {@link CellText#neutralised}; numbers stay numbers.
 */
public sealed interface CatalogSheet permits XlsxSheet, CsvSheet {

  /** The sheet for {@code xlsx} or {@code csv}, or null for any other format. */
  static CatalogSheet of(String format) {
    return switch (format == null ? "xlsx" : format) {
      case "xlsx" -> new XlsxSheet();
      case "csv" -> new CsvSheet();
      default -> null;
    };
  }

  String mediaType();

  String extension();

  void start(OutputStream out, List<String> header) throws IOException;

  /** One row: {@code String}, {@code Number} or null values. */
  void row(List<Object> values) throws IOException;

  void finish() throws IOException;
}
