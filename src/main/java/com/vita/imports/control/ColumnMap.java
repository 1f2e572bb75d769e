package com.vita.imports.control;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Which cell of a row holds which column, from the header row. Unknown headers are ignored (a
 * seller's own notes column does no harm); a header named twice, or a missing required one (nombre,
 * precio, sku), makes the file unreadable.
 */
record ColumnMap(Map<ImportColumn, Integer> positions) {

  static final List<ImportColumn> REQUIRED =
      List.of(ImportColumn.NAME, ImportColumn.PRICE, ImportColumn.SKU);

  static ColumnMap of(SheetRow header) {
    Map<ImportColumn, Integer> positions = new EnumMap<>(ImportColumn.class);
    for (int i = 0; i < header.cells().size(); i++) {
      int index = i;
      ImportColumn.forHeader(header.cell(i))
          .ifPresent(
              column -> {
                if (positions.put(column, index) != null) {
                  throw new UnreadableFile("The column " + column.header() + " appears twice");
                }
              });
    }
    List<ImportColumn> missing = REQUIRED.stream().filter(c -> !positions.containsKey(c)).toList();
    if (!missing.isEmpty()) {
      throw new UnreadableFile(
          "The first row must name the columns; missing: "
              + missing.stream().map(ImportColumn::header).collect(Collectors.joining(", "))
              + " (columns: nombre, descripción, precio, categoria, sku, stock, imagen_url, peso,"
              + " dimensiones, or their English names)");
    }
    return new ColumnMap(positions);
  }

  SourceRow read(SheetRow row) {
    Map<ImportColumn, String> values = new EnumMap<>(ImportColumn.class);
    positions.forEach(
        (column, index) -> {
          String cell = row.cell(index);
          if (cell != null) {
            values.put(column, cell);
          }
        });
    return new SourceRow(row.number(), values);
  }
}
