package com.vita.imports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vita.imports.entity.ImportFormat;
import com.vita.imports.entity.ImportJob;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ImportStatusTest {

  private static ImportJob job() {
    return new ImportJob(
        UUID.randomUUID(),
        UUID.randomUUID(),
        "imports/2026/12/x",
        "p.xlsx",
        ImportFormat.XLSX,
        "CLP",
        false,
        Instant.parse("2026-12-01T10:00:00Z"));
  }

  @Test
  void progressIsKnownOnlyWhenTheFileDeclaresItsRowsOrTheJobIsDone() {
    ImportJob job = job();
    ImportStatus running = ImportStatus.of(job, "STARTED", 3, List.of());
    assertEquals("started", running.state());
    assertEquals(3, running.rowsRead());
    assertEquals(3, running.rowsRejected());
    assertNull(running.progress());
    assertEquals(100, ImportStatus.of(job, "COMPLETED", 0, List.of()).progress());
    assertEquals(job.id(), running.jobId());
    assertEquals("p.xlsx", job.fileName());
    assertEquals(ImportFormat.XLSX, job.format());
    assertTrue(job.silentSince(Instant.parse("2026-12-01T11:00:00Z")));
    assertFalse(job.silentSince(Instant.parse("2026-12-01T09:00:00Z")));
    job.runAs(4, 9);
    assertEquals(9L, job.jobExecutionId());
    assertEquals(4L, job.jobInstanceId());
  }
}
