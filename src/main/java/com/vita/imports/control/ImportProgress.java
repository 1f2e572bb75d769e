package com.vita.imports.control;

import com.vita.platform.problems.Problem.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What a running import writes about itself: counters, rejected rows, the SKUs seen, image URLs.
 * Called from the job's chunk, these join the chunk's transaction, so they commit or roll back with
 * the products and the checkpoint; a row is never counted twice across a restart.
 */
@ApplicationScoped
@Transactional
public class ImportProgress {

  @PersistenceContext(unitName = "vita")
  EntityManager em;

  /** A chunk's outcome: counters, the last row it read, and a heartbeat for stale-job detection. */
  public void counted(UUID importId, long created, long updated, long lastRow) {
    em.createNativeQuery(
            "update import_job set rows_created = rows_created + ?1, rows_updated = rows_updated"
                + " + ?2, last_row = greatest(last_row, ?3), heartbeat_at = ?4 where id = ?5")
        .setParameter(1, created)
        .setParameter(2, updated)
        .setParameter(3, lastRow)
        .setParameter(4, Timestamp.from(Instant.now()))
        .setParameter(5, importId)
        .executeUpdate();
  }

  /**
   * Records a rejected row: each error and, once, its cells. Recording it again changes nothing.
   */
  public void rejected(UUID importId, SourceRow row, List<FieldError> errors) {
    for (FieldError error : errors) {
      em.createNativeQuery(
              "insert into import_row_error (import_id, row_number, column_name, message)"
                  + " values (?1, ?2, ?3, ?4) on conflict do nothing")
          .setParameter(1, importId)
          .setParameter(2, row.number())
          .setParameter(3, error.field() == null ? "" : error.field())
          .setParameter(4, truncated(error.message(), 500))
          .executeUpdate();
    }
    em.createNativeQuery(
            "insert into import_rejected_row (import_id, row_number, cells)"
                + " values (?1, ?2, cast(?3 as text[])) on conflict do nothing")
        .setParameter(1, importId)
        .setParameter(2, row.number())
        .setParameter(3, row.cells().toArray(new String[0]))
        .executeUpdate();
  }

  /**
   * Claims each SKU for its row and answers, per SKU, the row that holds it: this one when it is
   * the first in the file, an earlier one when this row repeats it.
   */
  public Map<String, Long> claim(UUID importId, Map<String, Long> firstRowBySku) {
    String[] skus = firstRowBySku.keySet().toArray(new String[0]);
    Long[] rowNumbers = new Long[skus.length];
    for (int i = 0; i < skus.length; i++) {
      rowNumbers[i] = firstRowBySku.get(skus[i]);
    }
    // One statement per chunk: the SKUs it claimed come back, the others an earlier chunk holds.
    @SuppressWarnings("unchecked")
    List<String> claimed =
        em.createNativeQuery(
                "insert into import_sku (import_id, sku, row_number)"
                    + " select ?1, t.sku, t.row_number"
                    + " from unnest(cast(?2 as varchar[]), cast(?3 as bigint[])) as t(sku,"
                    + " row_number) on conflict do nothing returning sku")
            .setParameter(1, importId)
            .setParameter(2, skus)
            .setParameter(3, rowNumbers)
            .getResultList();
    Map<String, Long> rows = new HashMap<>(firstRowBySku);
    if (claimed.size() < skus.length) {
      Set<String> repeated = new HashSet<>(firstRowBySku.keySet());
      claimed.forEach(repeated::remove);
      rows.putAll(holders(importId, repeated));
    }
    return rows;
  }

  /** The rows holding these SKUs: one index probe each (a lateral lookup, whatever the stats). */
  private Map<String, Long> holders(UUID importId, Set<String> skus) {
    @SuppressWarnings("unchecked")
    List<Object[]> held =
        em.createNativeQuery(
                "select t.sku, s.row_number from unnest(cast(?2 as varchar[])) as t(sku) cross"
                    + " join lateral (select row_number from import_sku where import_id = ?1 and"
                    + " sku = t.sku offset 0) s")
            .setParameter(1, importId)
            .setParameter(2, skus.toArray(new String[0]))
            .getResultList();
    Map<String, Long> rows = new HashMap<>();
    for (Object[] h : held) {
      rows.put((String) h[0], ((Number) h[1]).longValue());
    }
    return rows;
  }

  /** The image URLs of a chunk's written rows, in one statement. */
  public void imagesToFetch(UUID importId, List<ImportRow> rows) {
    if (rows.isEmpty()) {
      return;
    }
    em.createNativeQuery(
            "insert into import_image (import_id, row_number, sku, url) select ?1, t.row_number,"
                + " t.sku, t.url from unnest(cast(?2 as bigint[]), cast(?3 as varchar[]), cast(?4"
                + " as varchar[])) as t(row_number, sku, url) on conflict do nothing")
        .setParameter(1, importId)
        .setParameter(2, rows.stream().map(r -> r.source().number()).toArray(Long[]::new))
        .setParameter(3, rows.stream().map(r -> r.draft().sku()).toArray(String[]::new))
        .setParameter(4, rows.stream().map(ImportRow::imageUrl).toArray(String[]::new))
        .executeUpdate();
  }

  @Transactional(TxType.REQUIRES_NEW)
  public void declared(UUID importId, Long rows) {
    if (rows != null) {
      em.createNativeQuery("update import_job set rows_total = ?1 where id = ?2")
          .setParameter(1, rows)
          .setParameter(2, importId)
          .executeUpdate();
    }
  }

  /** Why the job stopped, in its own transaction: the chunk's is rolled back. */
  @Transactional(TxType.REQUIRES_NEW)
  public void failed(UUID importId, String message) {
    em.createNativeQuery("update import_job set failure = ?1 where id = ?2")
        .setParameter(1, truncated(message, 500))
        .setParameter(2, importId)
        .executeUpdate();
  }

  static String truncated(String text, int max) {
    String t = text == null ? "" : text;
    return t.length() > max ? t.substring(0, max) : t;
  }

  @SuppressWarnings("unchecked")
  public List<Object[]> pendingImages(UUID importId) {
    return em.createNativeQuery(
            "select row_number, url from import_image where import_id = ?1 and status = 'pending'"
                + " order by row_number")
        .setParameter(1, importId)
        .getResultList();
  }

  public void imageOutcome(UUID importId, long row, String status, String key, String detail) {
    em.createNativeQuery(
            "update import_image set status = ?1, document_key = ?2, detail = ?3 where import_id"
                + " = ?4 and row_number = ?5")
        .setParameter(1, status)
        .setParameter(2, key)
        .setParameter(3, detail)
        .setParameter(4, importId)
        .setParameter(5, row)
        .executeUpdate();
  }
}
