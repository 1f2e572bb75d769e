package com.vita.imports.control;

import java.io.Closeable;
import java.io.IOException;
import java.util.OptionalLong;

/**
 * The rows of an import file, read one at a time from the stream (never the whole file in memory):
 * {@link XlsxRows} for workbooks, {@link CsvRows} for CSV.
 */
public interface SheetRows extends Closeable {

  /** The next row, blank ones included, or null at the end. */
  SheetRow next() throws IOException;

  /** How many rows the file says it has, when it says so (a workbook's dimension). */
  OptionalLong declaredRows();
}
