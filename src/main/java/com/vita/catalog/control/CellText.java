package com.vita.catalog.control;

/**
 * Text for a spreadsheet cell that no spreadsheet will run: a value starting with {@code =}, {@code
 * +}, {@code -}, {@code @}, a tab or a carriage return would be read as a formula by Excel,
 * LibreOffice or Google Sheets when the file is opened or re-saved as CSV (OWASP's "CSV
 * injection"), so it gets a leading apostrophe, which they show as text. Other text is unchanged.
 */
public final class CellText {

  private CellText() {}

  public static String neutralised(String value) {
    if (value == null || value.isEmpty()) {
      return value;
    }
    char first = value.charAt(0);
    return switch (first) {
      case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
      default -> value;
    };
  }
}
