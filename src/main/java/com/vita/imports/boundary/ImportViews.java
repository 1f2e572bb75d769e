package com.vita.imports.boundary;

import com.vita.imports.entity.ImportJob;
import java.net.URI;
import java.util.UUID;

/** Response bodies of the import endpoints that are not {@code ImportStatus} itself. */
public final class ImportViews {

  private ImportViews() {}

  /** The 202 to an upload: the job to follow and where. */
  public record Accepted(
      UUID jobId, UUID storeId, boolean dryRun, String statusUrl, String errorsUrl) {
    static Accepted of(ImportJob job, URI status) {
      return new Accepted(
          job.id(), job.storeId(), job.dryRun(), status.toString(), status + "/errors.xlsx");
    }
  }
}
