package com.vita.imports.control;

import com.vita.imports.entity.ImportJob;
import com.vita.platform.problems.NotFoundProblem;
import com.vita.platform.problems.ProblemException;
import com.vita.platform.problems.ProblemType;
import com.vita.platform.security.Caller;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Import jobs as their owners and the admins see them: status for the owner or an admin (404 for
 * anyone else), and the admins' list, stop and restart. A restart of a job whose server died (its
 * execution still says started, but no chunk has committed for {@code import.stale-after-seconds})
 * first marks that execution failed in the job repository ({@link BatchRepository}), which the
 * batch runtime cannot do for an execution it no longer runs, then restarts it from its checkpoint.
 */
@ApplicationScoped
public class ImportJobs {

  static final int ERRORS_SHOWN = 1000;
  private static final Set<BatchStatus> RUNNING =
      EnumSet.of(BatchStatus.STARTING, BatchStatus.STARTED, BatchStatus.STOPPING);

  @Inject ImportRecords records;
  @Inject BatchRepository repository;

  @Inject
  @ConfigProperty(name = "import.stale-after-seconds", defaultValue = "120")
  long staleAfterSeconds;

  /** The import, if the caller owns it or is an admin; 404 otherwise. */
  public ImportJob visible(UUID id, Caller caller) {
    return records
        .find(id)
        .filter(job -> caller.mayAccess(job.ownerId()))
        .orElseThrow(() -> new NotFoundProblem("No such import job"));
  }

  public ImportStatus status(ImportJob job) {
    return ImportStatus.of(
        job,
        batchStatus(job).name(),
        records.rejectedRows(job.id()),
        records.errors(job.id(), ERRORS_SHOWN));
  }

  public List<ImportStatus> latest(int limit) {
    return records.latest(limit).stream()
        .map(
            job ->
                ImportStatus.of(
                    job, batchStatus(job).name(), records.rejectedRows(job.id()), List.of()))
        .toList();
  }

  public ImportStatus stop(UUID id) {
    ImportJob job = records.find(id).orElseThrow(() -> new NotFoundProblem("No such import job"));
    if (!RUNNING.contains(batchStatus(job))) {
      throw new ProblemException(ProblemType.CONFLICT, "The import job is not running");
    }
    try {
      operator().stop(job.jobExecutionId());
    } catch (jakarta.batch.operations.JobExecutionNotRunningException e) {
      throw new ProblemException(
          ProblemType.CONFLICT, "The import job runs on no live server; restart it instead");
    }
    return status(records.find(id).orElseThrow());
  }

  public ImportStatus restart(UUID id) {
    ImportJob job = records.find(id).orElseThrow(() -> new NotFoundProblem("No such import job"));
    BatchStatus status = batchStatus(job);
    if (RUNNING.contains(status)) {
      if (!job.silentSince(Instant.now().minus(Duration.ofSeconds(staleAfterSeconds)))) {
        throw new ProblemException(ProblemType.CONFLICT, "The import job is running");
      }
      repository.markFailed(job.jobExecutionId());
    } else if (status != BatchStatus.STOPPED && status != BatchStatus.FAILED) {
      throw new ProblemException(
          ProblemType.CONFLICT, "Only a stopped or failed import job can be restarted");
    }
    // a restart's parameters replace the first run's: the same ids and key again
    long execution =
        operator().restart(job.jobExecutionId(), operator().getParameters(job.jobExecutionId()));
    records.runAs(job.id(), job.jobInstanceId(), execution);
    return status(records.find(id).orElseThrow());
  }

  BatchStatus batchStatus(ImportJob job) {
    if (job.jobExecutionId() == null) {
      return BatchStatus.STARTING;
    }
    return operator().getJobExecution(job.jobExecutionId()).getBatchStatus();
  }

  private static JobOperator operator() {
    return BatchRuntime.getJobOperator();
  }
}
