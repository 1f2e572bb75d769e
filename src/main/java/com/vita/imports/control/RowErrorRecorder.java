package com.vita.imports.control;

import com.vita.platform.problems.Problem.FieldError;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.listener.SkipProcessListener;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.UUID;

/**
 * Records each skipped row with its number and reasons, in the chunk's transaction (a chunk rolled
 * back and read again records it again, which the table's key makes harmless).
 */
@Named
@Dependent
public class RowErrorRecorder implements SkipProcessListener {

  @Inject
  @BatchProperty(name = "importId")
  String importId;

  @Inject ImportProgress progress;

  @Override
  public void onSkipProcessItem(Object item, Exception e) {
    SourceRow row = (SourceRow) item;
    List<FieldError> errors =
        e instanceof RowRejected rejected
            ? rejected.errors()
            : List.of(new FieldError("", String.valueOf(e.getMessage())));
    progress.rejected(UUID.fromString(importId), row, errors);
  }
}
