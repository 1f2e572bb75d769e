package com.vita.imports.control;

import com.vita.imports.entity.ImportJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The import records and what a status report reads of them. */
@ApplicationScoped
@Transactional
public class ImportRecords {

  /** A rejected row's error, as reported. */
  public record RowError(long row, String column, String message) {}

  /** A rejected row for the errors workbook: its cells and all its errors joined. */
  public record RejectedRow(long row, List<String> cells, String errors) {}

  @PersistenceContext(unitName = "vita")
  EntityManager em;

  public ImportJob create(ImportJob job) {
    em.persist(job);
    return job;
  }

  public void runAs(UUID id, long instanceId, long executionId) {
    em.find(ImportJob.class, id).runAs(instanceId, executionId);
  }

  public Optional<ImportJob> find(UUID id) {
    ImportJob job = em.find(ImportJob.class, id);
    if (job != null) {
      em.refresh(job); // the job's writer updates the counters natively
    }
    return Optional.ofNullable(job);
  }

  public List<ImportJob> latest(int limit) {
    return em.createNamedQuery(ImportJob.LATEST, ImportJob.class)
        .setMaxResults(limit)
        .getResultList();
  }

  public long rejectedRows(UUID id) {
    return ((Number)
            em.createNativeQuery("select count(*) from import_rejected_row where import_id = ?1")
                .setParameter(1, id)
                .getSingleResult())
        .longValue();
  }

  @SuppressWarnings("unchecked")
  public List<RowError> errors(UUID id, int limit) {
    List<Object[]> rows =
        em.createNativeQuery(
                "select row_number, column_name, message from import_row_error where import_id ="
                    + " ?1 order by row_number, column_name")
            .setParameter(1, id)
            .setMaxResults(limit)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new RowError(
                    ((Number) r[0]).longValue(), blankToNull((String) r[1]), (String) r[2]))
        .toList();
  }

  /** A page of rejected rows after {@code afterRow}, in row order (keyset: constant memory). */
  @SuppressWarnings("unchecked")
  public List<RejectedRow> rejected(UUID id, long afterRow, int limit) {
    List<Object[]> rows =
        em.createNativeQuery(
                "select r.row_number, r.cells, (select string_agg(case when e.column_name = ''"
                    + " then e.message else e.column_name || ': ' || e.message end, '; ' order by"
                    + " e.column_name) from import_row_error e where e.import_id = r.import_id and"
                    + " e.row_number = r.row_number) from import_rejected_row r where r.import_id"
                    + " = ?1 and r.row_number > ?2 order by r.row_number")
            .setParameter(1, id)
            .setParameter(2, afterRow)
            .setMaxResults(limit)
            .getResultList();
    return rows.stream()
        .map(r -> new RejectedRow(((Number) r[0]).longValue(), cellsOf(r[1]), (String) r[2]))
        .toList();
  }

  private static List<String> cellsOf(Object array) {
    try {
      Object value = array instanceof java.sql.Array sql ? sql.getArray() : array;
      return java.util.Arrays.asList((String[]) value);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
