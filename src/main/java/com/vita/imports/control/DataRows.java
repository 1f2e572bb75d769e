package com.vita.imports.control;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The data rows of an import file after its header: blank rows are skipped cheaply, and after
 * {@code maxBlankRun} blank rows in a row the data is taken to have ended (a sheet formatted down
 * to row 1,048,576 is not read to its end). More than {@code maxRows} data rows is an unreadable
 * file: the import stops there rather than run without bound.
 */
final class DataRows implements Closeable {

  private final SheetRows rows;
  private final ColumnMap columns;
  private final long headerRow;
  private final int maxBlankRun;
  private final long maxRows;
  private long dataRows;

  private DataRows(
      SheetRows rows, ColumnMap columns, long headerRow, int maxBlankRun, long maxRows) {
    this.rows = rows;
    this.columns = columns;
    this.headerRow = headerRow;
    this.maxBlankRun = maxBlankRun;
    this.maxRows = maxRows;
  }

  /** Reads up to the header (the first non-blank row) and maps its columns. */
  static DataRows of(SheetRows rows, int maxBlankRun, long maxRows) {
    try {
      SheetRow header = rows.next();
      int blanks = 0;
      while (header != null && header.isBlank() && ++blanks < maxBlankRun) {
        header = rows.next();
      }
      if (header == null || header.isBlank()) {
        throw new UnreadableFile("The file is empty: the first row must name the columns");
      }
      return new DataRows(rows, ColumnMap.of(header), header.number(), maxBlankRun, maxRows);
    } catch (IOException e) {
      throw UnreadableFile.of(e);
    }
  }

  /** The next data row, or null at the end of the data. */
  SourceRow next() {
    try {
      int blanks = 0;
      for (SheetRow row = rows.next(); row != null; row = rows.next()) {
        if (row.isBlank()) {
          if (++blanks >= maxBlankRun) {
            return null;
          }
          continue;
        }
        if (++dataRows > maxRows) {
          throw new UnreadableFile("The file has more than " + maxRows + " rows");
        }
        return columns.read(row);
      }
      return null;
    } catch (IOException e) {
      throw UnreadableFile.of(e);
    }
  }

  /** Skips data rows up to and including {@code row} (a restart's checkpoint). */
  void skipTo(long row) {
    // reading is the only way to find row N in a stream; rows are parsed but not mapped twice
    while (row > headerRow) {
      SourceRow next = next();
      if (next == null || next.number() >= row) {
        return;
      }
    }
  }

  /** The data rows the file declares (a workbook's dimension less the header), if it does. */
  Long declaredDataRows() {
    var declared = rows.declaredRows();
    return declared.isPresent() ? Math.max(0, declared.getAsLong() - headerRow) : null;
  }

  @Override
  public void close() {
    try {
      rows.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
