package com.vita.imports.control;

import java.time.ZoneOffset;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.NumberToTextConverter;

/**
 * Numeric cells as their plain value ("1234.5"), not as the sheet displays them ("$1,234.50",
 * "1.234,5"): the import parses numbers, and a display format would make the value depend on the
 * author's locale. A number formatted as a date becomes its ISO date, so a date typed in the price
 * column is reported as what it is instead of passing as a serial number (45000).
 */
final class PlainValues extends DataFormatter {

  @Override
  public String formatRawCellContents(
      double value, int formatIndex, String formatString, boolean use1904Windowing) {
    if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
      return DateUtil.getLocalDateTime(value, use1904Windowing)
          .atOffset(ZoneOffset.UTC)
          .toLocalDate()
          .toString();
    }
    return NumberToTextConverter.toText(value);
  }
}
