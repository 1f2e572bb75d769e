package com.vita.imports.control;

import com.vita.imports.control.ImportRecords.RowError;
import com.vita.imports.entity.ImportJob;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Where an import stands: the batch state (starting, started, stopping, stopped, failed, completed,
 * abandoned), the rows read, created, updated (for a dry run: that would be) and rejected, progress
 * in percent when the file declares its size (always 100 once completed), why it failed, and the
 * first rejected rows' errors.
 */
public record ImportStatus(
    UUID jobId,
    UUID storeId,
    String state,
    boolean dryRun,
    long rowsRead,
    long rowsCreated,
    long rowsUpdated,
    long rowsRejected,
    Integer progress,
    String failure,
    Instant createdAt,
    List<RowError> errors) {

  static ImportStatus of(ImportJob job, String batchStatus, long rejected, List<RowError> errors) {
    long read = job.rowsCreated() + job.rowsUpdated() + rejected;
    String state = batchStatus.toLowerCase(Locale.ROOT);
    Integer progress;
    if ("completed".equals(state)) {
      progress = 100;
    } else if (job.rowsTotal() != null && job.rowsTotal() > 0) {
      progress = (int) Math.min(99, read * 100 / job.rowsTotal());
    } else {
      progress = null;
    }
    return new ImportStatus(
        job.id(),
        job.storeId(),
        state,
        job.dryRun(),
        read,
        job.rowsCreated(),
        job.rowsUpdated(),
        rejected,
        progress,
        job.failure(),
        job.createdAt(),
        errors);
  }
}
