package com.vita.imports.control;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A data row of an import file, by column: what the reader hands to the processor. */
public record SourceRow(long number, Map<ImportColumn, String> values) implements Serializable {

  public SourceRow {
    values = values.isEmpty() ? new EnumMap<>(ImportColumn.class) : new EnumMap<>(values);
  }

  /** The value of a column, stripped, or null when blank or absent. */
  public String value(ImportColumn column) {
    String v = values.get(column);
    return v == null || v.isBlank() ? null : v.strip();
  }

  /** The cells in the template's column order, for the errors workbook. */
  public List<String> cells() {
    List<String> cells = new ArrayList<>(ImportColumn.values().length);
    for (ImportColumn column : ImportColumn.values()) {
      cells.add(values.get(column));
    }
    return cells;
  }
}
