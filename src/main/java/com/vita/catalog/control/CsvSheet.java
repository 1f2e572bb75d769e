package com.vita.catalog.control;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * RFC 4180 CSV in UTF-8 with a byte-order mark (so Excel reads accents right) and CRLF line ends; a
 * field with a comma, quote or line break is quoted, quotes doubled.
 */
final class CsvSheet implements CatalogSheet {

  private Writer writer;

  @Override
  public String mediaType() {
    return "text/csv; charset=UTF-8";
  }

  @Override
  public String extension() {
    return "csv";
  }

  @Override
  public void start(OutputStream out, List<String> header) throws IOException {
    writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
    writer.write('\uFEFF');
    line(List.copyOf(header));
  }

  @Override
  public void row(List<Object> values) throws IOException {
    line(values);
  }

  @Override
  public void finish() throws IOException {
    writer.flush();
  }

  private void line(List<?> values) throws IOException {
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        writer.write(',');
      }
      writer.write(field(values.get(i)));
    }
    writer.write("\r\n");
  }

  static String field(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    }
    if (value instanceof Number) {
      return value.toString();
    }
    String text = CellText.neutralised(value.toString());
    boolean quote =
        text.indexOf(',') >= 0
            || text.indexOf('"') >= 0
            || text.indexOf('\n') >= 0
            || text.indexOf('\r') >= 0;
    return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
  }
}
