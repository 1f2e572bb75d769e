package com.vita.imports.control;

import com.vita.imports.entity.ImportFormat;
import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.UUID;

/**
 * Reads the import's stored file row by row. Its checkpoint is the number of the last row read (a
 * {@code Long}): a restarted job reopens the file and skips to the row after it. The rows after it
 * are parsed ahead on a thread of their own ({@link RowsAhead}), while the chunk is written.
 */
@Named
@Dependent
public class ProductRowReader extends AbstractItemReader {

  @Inject
  @BatchProperty(name = "importId")
  String importId;

  @Inject
  @BatchProperty(name = "documentKey")
  String documentKey;

  @Inject
  @BatchProperty(name = "format")
  String format;

  /** Rows parsed ahead of the job: two chunks of the default size. */
  static final int AHEAD = 1000;

  @Inject ImportFiles files;
  @Inject ImportProgress progress;
  @Resource ManagedThreadFactory threads;

  private Path copy;
  private RowsAhead rows;
  private long lastRow;

  @Override
  public void open(Serializable checkpoint) {
    lastRow = checkpoint instanceof Long row ? row : 0L;
    try {
      copy = files.copyOfStored(documentKey);
      DataRows file = files.rows(copy, ImportFormat.valueOf(format));
      try {
        if (lastRow == 0) {
          progress.declared(UUID.fromString(importId), file.declaredDataRows());
        } else {
          file.skipTo(lastRow);
        }
      } catch (RuntimeException e) {
        file.close();
        throw e;
      }
      rows = new RowsAhead(file, AHEAD, threads);
    } catch (RuntimeException e) {
      progress.failed(UUID.fromString(importId), e.getMessage());
      close();
      throw e;
    }
  }

  @Override
  public Object readItem() {
    try {
      SourceRow row = rows.next();
      if (row != null) {
        lastRow = row.number();
      }
      return row;
    } catch (UnreadableFile e) {
      progress.failed(UUID.fromString(importId), e.getMessage());
      throw e;
    }
  }

  @Override
  public Serializable checkpointInfo() {
    return lastRow;
  }

  @Override
  public void close() {
    if (rows != null) {
      rows.close();
      rows = null;
    }
    ImportFiles.delete(copy);
    copy = null;
  }
}
