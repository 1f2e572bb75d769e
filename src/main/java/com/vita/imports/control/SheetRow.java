package com.vita.imports.control;

import java.io.Serializable;
import java.util.List;

/**
 * One row of a sheet as text, numbered as a spreadsheet shows it (the header is row 1). Cells are
 * by column position; a missing cell is null.
 */
public record SheetRow(long number, List<String> cells) implements Serializable {

  public SheetRow {
    cells = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(cells));
  }

  public String cell(int index) {
    return index >= 0 && index < cells.size() ? cells.get(index) : null;
  }

  public boolean isBlank() {
    return cells.stream().allMatch(c -> c == null || c.isBlank());
  }
}
