package com.vita.imports.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One upload of products for a store and the batch job that reads it. Its counters are written by
 * the job's writer in each chunk's transaction (native updates, see {@code ImportProgress}), so the
 * entity is read fresh rather than kept.
 */
@Entity
@Table(name = "import_job")
@NamedQuery(
    name = ImportJob.LATEST,
    query = "select j from ImportJob j order by j.createdAt desc, j.id")
public class ImportJob {

  public static final String LATEST = "ImportJob.latest";

  @Id private UUID id;

  @Column(name = "store_id", nullable = false, updatable = false)
  private UUID storeId;

  @Column(name = "owner_id", nullable = false, updatable = false)
  private UUID ownerId;

  @Column(name = "document_key", nullable = false, updatable = false, length = 200)
  private String documentKey;

  @Column(name = "file_name", updatable = false, length = 255)
  private String fileName;

  @Column(name = "format", nullable = false, updatable = false, length = 8)
  private ImportFormat format;

  @Column(name = "currency", nullable = false, updatable = false, length = 3)
  private String currency;

  @Column(name = "dry_run", nullable = false, updatable = false)
  private boolean dryRun;

  @Column(name = "job_instance_id")
  private Long jobInstanceId;

  @Column(name = "job_execution_id")
  private Long jobExecutionId;

  @Column(name = "rows_total")
  private Long rowsTotal;

  @Column(name = "last_row", nullable = false)
  private long lastRow;

  @Column(name = "rows_created", nullable = false)
  private long rowsCreated;

  @Column(name = "rows_updated", nullable = false)
  private long rowsUpdated;

  @Column(name = "failure", length = 500)
  private String failure;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "heartbeat_at")
  private Instant heartbeatAt;

  protected ImportJob() {}

  public ImportJob(
      UUID storeId,
      UUID ownerId,
      String documentKey,
      String fileName,
      ImportFormat format,
      String currency,
      boolean dryRun,
      Instant now) {
    this.id = UUID.randomUUID();
    this.storeId = storeId;
    this.ownerId = ownerId;
    this.documentKey = documentKey;
    this.fileName = fileName;
    this.format = format;
    this.currency = currency;
    this.dryRun = dryRun;
    this.createdAt = now;
  }

  /** The batch job now running this import (a restart gives a new execution, same instance). */
  public void runAs(long instanceId, long executionId) {
    this.jobInstanceId = instanceId;
    this.jobExecutionId = executionId;
  }

  /** Whether the job may be stale: no chunk committed since {@code before}. */
  public boolean silentSince(Instant before) {
    Instant last = heartbeatAt != null ? heartbeatAt : createdAt;
    return last.isBefore(before);
  }

  public UUID id() {
    return id;
  }

  public UUID storeId() {
    return storeId;
  }

  public UUID ownerId() {
    return ownerId;
  }

  public String documentKey() {
    return documentKey;
  }

  public String fileName() {
    return fileName;
  }

  public ImportFormat format() {
    return format;
  }

  public String currency() {
    return currency;
  }

  public boolean dryRun() {
    return dryRun;
  }

  public Long jobInstanceId() {
    return jobInstanceId;
  }

  public Long jobExecutionId() {
    return jobExecutionId;
  }

  public Long rowsTotal() {
    return rowsTotal;
  }

  public long lastRow() {
    return lastRow;
  }

  public long rowsCreated() {
    return rowsCreated;
  }

  public long rowsUpdated() {
    return rowsUpdated;
  }

  public String failure() {
    return failure;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
