package com.vita.imports.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.OptionalLong;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file, record by record (Commons CSV streams it). Uploads are stored as UTF-8 ({@link
 * TextEncoding} converts Windows-1252 and strips a BOM), but a BOM is skipped here too. The
 * delimiter is the one the header line uses most: Excel in Spanish locales writes {@code ;}.
 */
final class CsvRows implements SheetRows {

  private static final int HEADER_PEEK = 64 * 1024;

  private final CSVParser parser;
  private final Iterator<CSVRecord> records;

  private CsvRows(CSVParser parser) {
    this.parser = parser;
    this.records = parser.iterator();
  }

  static CsvRows open(InputStream content) {
    try {
      BufferedReader reader =
          new BufferedReader(new InputStreamReader(content, StandardCharsets.UTF_8));
      reader.mark(HEADER_PEEK);
      int first = reader.read();
      if (first != '\uFEFF') {
        reader.reset();
      }
      reader.mark(HEADER_PEEK);
      char delimiter = delimiterOf(headerLine(reader));
      reader.reset();
      CSVFormat format =
          CSVFormat.DEFAULT
              .builder()
              .setDelimiter(delimiter)
              .setIgnoreEmptyLines(false)
              .setTrim(true)
              .get();
      return new CsvRows(CSVParser.parse(reader, format));
    } catch (IOException e) {
      throw UnreadableFile.of(e);
    }
  }

  private static String headerLine(BufferedReader reader) throws IOException {
    StringBuilder line = new StringBuilder();
    for (int c = reader.read();
        c >= 0 && c != '\n' && line.length() < HEADER_PEEK - 2;
        c = reader.read()) {
      line.append((char) c);
    }
    return line.toString();
  }

  static char delimiterOf(String header) {
    long semicolons = header.chars().filter(c -> c == ';').count();
    long commas = header.chars().filter(c -> c == ',').count();
    long tabs = header.chars().filter(c -> c == '\t').count();
    if (tabs > commas && tabs > semicolons) {
      return '\t';
    }
    return semicolons > commas ? ';' : ',';
  }

  @Override
  public SheetRow next() throws IOException {
    try {
      if (!records.hasNext()) {
        return null;
      }
      CSVRecord record = records.next();
      List<String> cells = new ArrayList<>(Math.min(record.size(), WorkbookLimits.MAX_COLUMNS));
      for (int i = 0; i < record.size() && i < WorkbookLimits.MAX_COLUMNS; i++) {
        cells.add(record.get(i));
      }
      return new SheetRow(record.getRecordNumber(), cells);
    } catch (UncheckedIOException e) {
      throw UnreadableFile.of(e.getCause());
    } catch (IllegalStateException e) {
      throw new UnreadableFile("The CSV is malformed: " + e.getMessage());
    }
  }

  @Override
  public OptionalLong declaredRows() {
    return OptionalLong.empty();
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }
}
