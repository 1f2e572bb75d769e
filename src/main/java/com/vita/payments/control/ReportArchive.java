package com.vita.payments.control;

import com.vita.platform.persistence.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The stored reconciliation reports: written whole, read newest first or one day with its rows. */
@ApplicationScoped
public class ReportArchive {

  @PersistenceContext(unitName = "vita")
  EntityManager entityManager;

  @SuppressWarnings("unchecked")
  public List<ReconciliationReports.Report> recent(int limit) {
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "select report_date, generated_at, checked, mismatches from reconciliation_report"
                    + " order by report_date desc limit ?1")
            .setParameter(1, limit)
            .getResultList();
    return rows.stream().map(r -> report(r, List.of())).toList();
  }

  @SuppressWarnings("unchecked")
  public Optional<ReconciliationReports.Report> of(LocalDate day) {
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "select report_date, generated_at, checked, mismatches from reconciliation_report"
                    + " where report_date = ?1")
            .setParameter(1, day)
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    List<Object[]> items =
        entityManager
            .createNativeQuery(
                "select payment_id, provider, provider_ref, field, provider_value, vita_value"
                    + " from reconciliation_mismatch where report_date = ?1"
                    + " order by payment_id, field")
            .setParameter(1, day)
            .getResultList();
    return Optional.of(
        report(
            rows.get(0),
            items.stream()
                .map(
                    i ->
                        new ReconciliationReports.Mismatch(
                            (UUID) i[0],
                            (String) i[1],
                            (String) i[2],
                            (String) i[3],
                            (String) i[4],
                            (String) i[5]))
                .toList()));
  }

  private static ReconciliationReports.Report report(
      Object[] row, List<ReconciliationReports.Mismatch> items) {
    return new ReconciliationReports.Report(
        date(row[0]),
        SqlValues.instant(row[1]),
        ((Number) row[2]).intValue(),
        ((Number) row[3]).intValue(),
        items);
  }

  private static LocalDate date(Object value) {
    return value instanceof LocalDate day ? day : ((java.sql.Date) value).toLocalDate();
  }

  @Transactional(Transactional.TxType.REQUIRED)
  public void store(ReconciliationReports.Report report) {
    entityManager
        .createNativeQuery("delete from reconciliation_report where report_date = ?1")
        .setParameter(1, report.date())
        .executeUpdate();
    entityManager
        .createNativeQuery(
            "insert into reconciliation_report (report_date, generated_at, checked, mismatches)"
                + " values (?1, ?2, ?3, ?4)")
        .setParameter(1, report.date())
        .setParameter(2, report.generatedAt())
        .setParameter(3, report.checked())
        .setParameter(4, report.mismatches())
        .executeUpdate();
    for (ReconciliationReports.Mismatch m : report.items()) {
      entityManager
          .createNativeQuery(
              "insert into reconciliation_mismatch (report_date, payment_id, provider,"
                  + " provider_ref, field, provider_value, vita_value)"
                  + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7) on conflict do nothing")
          .setParameter(1, report.date())
          .setParameter(2, m.paymentId())
          .setParameter(3, m.provider())
          .setParameter(4, m.providerRef())
          .setParameter(5, m.field())
          .setParameter(6, m.providerValue())
          .setParameter(7, m.vitaValue())
          .executeUpdate();
    }
  }

  /** Whether the day has a report yet. */
  public boolean exists(LocalDate day) {
    return !entityManager
        .createNativeQuery("select 1 from reconciliation_report where report_date = ?1")
        .setParameter(1, day)
        .getResultList()
        .isEmpty();
  }
}
