package com.vita.imports.control;

import com.vita.platform.problems.Problem.FieldError;
import java.util.List;

/**
 * A row that cannot be imported, with the reasons by column. Skippable in the job XML: the row is
 * skipped, {@link RowErrorRecorder} records it, and the job goes on.
 */
public class RowRejected extends RuntimeException {

  private final transient SourceRow row;
  private final transient List<FieldError> errors;

  public RowRejected(SourceRow row, List<FieldError> errors) {
    super("Row " + row.number() + " rejected", null, false, false);
    this.row = row;
    this.errors = List.copyOf(errors);
  }

  public SourceRow row() {
    return row;
  }

  public List<FieldError> errors() {
    return errors;
  }
}
