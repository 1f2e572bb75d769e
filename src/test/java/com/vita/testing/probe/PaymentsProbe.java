package com.vita.testing.probe;

import com.vita.payments.control.Reconciliation;
import com.vita.payments.control.ReconciliationReports;
import com.vita.payments.control.ScheduledJobs;
import com.vita.payments.control.WalletReleases;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Runs payments' timed work at a moment the test chooses: {@code action=reconcile&at=} settles what
 * is stale at that instant, {@code action=report&day=} makes a day's report, {@code
 * action=release&at=} releases the sales whose hold period is over at that instant, {@code
 * action=claim&job=&every=&at=} claims a scheduled job's run as a timer tick would.
 */
@WebServlet("/probe/payments")
public class PaymentsProbe extends HttpServlet {

  @Inject Reconciliation reconciliation;
  @Inject ReconciliationReports reports;
  @Inject WalletReleases releases;
  @Inject ScheduledJobs jobs;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("application/json");
    switch (request.getParameter("action")) {
      case "reconcile" -> {
        Reconciliation.Run run =
            reconciliation.settleStale(Instant.parse(request.getParameter("at")));
        response
            .getWriter()
            .printf(
                "{\"asked\":%d,\"settled\":%d,\"failed\":%d}",
                run.asked(), run.settled(), run.failed());
      }
      case "report" -> {
        ReconciliationReports.Report report =
            reports.generate(LocalDate.parse(request.getParameter("day")), Instant.now());
        response
            .getWriter()
            .printf("{\"checked\":%d,\"mismatches\":%d}", report.checked(), report.mismatches());
      }
      case "release" -> {
        Instant at = Instant.parse(request.getParameter("at"));
        int released = 0;
        for (int batch = releases.releaseDue(at, 100);
            batch > 0;
            batch = releases.releaseDue(at, 100)) {
          released += batch;
        }
        response.getWriter().printf("{\"released\":%d}", released);
      }
      case "claim" ->
          response
              .getWriter()
              .printf(
                  "{\"claimed\":%b}",
                  jobs.claim(
                      request.getParameter("job"),
                      java.time.Duration.parse(request.getParameter("every")),
                      Instant.parse(request.getParameter("at"))));
      default -> response.sendError(400);
    }
  }
}
