package com.vita.payments.control;

import com.vita.payments.entity.Payment;
import com.vita.payments.entity.PaymentStatus;
import com.vita.platform.providers.ProviderRefused;
import com.vita.platform.providers.ProviderUnavailable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The daily comparison of what each provider says with what VITA booked, for the payments opened on
 * one UTC day: status (paid or not, cancelled or not) and amount received. Each disagreement is a
 * row an admin reads ({@code GET /admin/payments/reconciliation/{date}}); a day's report can be
 * made again, replacing the earlier one.
 */
@ApplicationScoped
public class ReconciliationReports {

  private static final System.Logger LOG = System.getLogger(ReconciliationReports.class.getName());

  @PersistenceContext(unitName = "vita")
  EntityManager entityManager;

  @Inject PaymentGateways gateways;
  @Inject ReportArchive archive;

  /** One disagreement: what the provider says and what VITA holds, for one field of a payment. */
  public record Mismatch(
      UUID paymentId,
      String provider,
      String providerRef,
      String field,
      String providerValue,
      String vitaValue) {}

  /** A day's report. */
  public record Report(
      LocalDate date, Instant generatedAt, int checked, int mismatches, List<Mismatch> items) {}

  /** Compares the day's payments with their providers (outside any transaction) and stores it. */
  public Report generate(LocalDate day, Instant now) {
    List<Mismatch> found = new ArrayList<>();
    int checked = 0;
    for (Payment payment : openedOn(day)) {
      checked++;
      try {
        ProviderPayment said =
            gateways.forProvider(payment.provider()).lookup(payment.providerRef());
        found.addAll(compare(payment, said));
      } catch (ProviderRefused | ProviderUnavailable e) {
        found.add(
            mismatch(payment, "lookup", e.getClass().getSimpleName(), payment.status().value()));
        LOG.log(System.Logger.Level.WARNING, "Report lookup of " + payment.id() + " failed", e);
      }
    }
    Report report = new Report(day, now, checked, found.size(), found);
    archive.store(report);
    return report;
  }

  static List<Mismatch> compare(Payment payment, ProviderPayment said) {
    List<Mismatch> found = new ArrayList<>();
    boolean vitaPaid = payment.status().isCaptured();
    boolean providerPaid = said.status() == PaymentStatus.SUCCEEDED;
    if (vitaPaid != providerPaid
        || (payment.status() == PaymentStatus.CANCELLED)
            != (said.status() == PaymentStatus.CANCELLED)) {
      found.add(mismatch(payment, "status", said.status().value(), payment.status().value()));
    }
    long vitaReceived = vitaPaid ? payment.amount().minorUnits() : 0;
    if (vitaReceived != said.amountReceivedMinor()) {
      found.add(
          mismatch(
              payment,
              "amount_received_minor",
              Long.toString(said.amountReceivedMinor()),
              Long.toString(vitaReceived)));
    }
    return found;
  }

  private List<Payment> openedOn(LocalDate day) {
    Instant from = day.atStartOfDay(ZoneOffset.UTC).toInstant();
    return entityManager
        .createQuery(
            "select p from Payment p where p.createdAt >= :from and p.createdAt < :to"
                + " order by p.createdAt",
            Payment.class)
        .setParameter("from", from)
        .setParameter("to", from.plusSeconds(86_400))
        .getResultList();
  }

  private static Mismatch mismatch(
      Payment payment, String field, String providerValue, String vitaValue) {
    return new Mismatch(
        payment.id(), payment.provider(), payment.providerRef(), field, providerValue, vitaValue);
  }
}
