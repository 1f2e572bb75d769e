package com.vita.payments.boundary;

import com.vita.payments.control.Commissions;
import com.vita.payments.control.ReconciliationReports;
import com.vita.payments.control.ReportArchive;
import com.vita.platform.problems.NotFoundProblem;
import com.vita.platform.problems.ProblemException;
import com.vita.platform.security.Caller;
import com.vita.platform.security.Role;
import com.vita.stores.control.StoreDirectory;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What admins do about payments: read and remake reconciliation reports, set commissions. */
@Path("admin")
@RequestScoped
@DenyAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Payments admin", description = "Reconciliation reports and commission rates")
public class PaymentsAdminResource {

  @Inject ReportArchive reader;
  @Inject ReconciliationReports reports;
  @Inject Commissions commissions;
  @Inject StoreDirectory stores;
  @Inject Caller caller;

  Clock clock = Clock.systemUTC();

  /** A store's commission rate, and whether it is the store's own or the default. */
  public record CommissionView(String storeId, BigDecimal rate, BigDecimal defaultRate) {}

  /** {@code PUT} body: the store's rate, 0 to 1 (0.08 is 8 %). */
  public record CommissionRequest(@NotNull BigDecimal rate) {}

  @GET
  @Path("payments/reconciliation")
  @RolesAllowed(Role.ADMIN_CLAIM)
  @Operation(summary = "The daily reconciliation reports, newest first (?limit=1..100)")
  public List<ReconciliationReports.Report> reports(@QueryParam("limit") Integer limit) {
    int size = limit == null ? 30 : limit;
    if (size < 1 || size > 100) {
      throw ProblemException.invalidField("limit", "must be between 1 and 100");
    }
    return reader.recent(size);
  }

  @GET
  @Path("payments/reconciliation/{date}")
  @RolesAllowed(Role.ADMIN_CLAIM)
  @Operation(summary = "One day's report with each provider/VITA disagreement")
  public ReconciliationReports.Report report(@PathParam("date") String date) {
    return reader.of(day(date)).orElseThrow(() -> new NotFoundProblem("No report for " + date));
  }

  @POST
  @Path("payments/reconciliation/{date}")
  @RolesAllowed(Role.ADMIN_CLAIM)
  @Operation(summary = "Make (or remake) a day's report now, asking each provider")
  public ReconciliationReports.Report generate(@PathParam("date") String date) {
    return reports.generate(day(date), clock.instant());
  }

  @GET
  @Path("stores/{storeId}/commission")
  @RolesAllowed(Role.ADMIN_CLAIM)
  @Operation(summary = "A store's commission rate")
  public CommissionView commission(@PathParam("storeId") String storeId) {
    UUID id = store(storeId);
    return new CommissionView(id.toString(), commissions.rateFor(id), commissions.defaultRate());
  }

  @PUT
  @Path("stores/{storeId}/commission")
  @RolesAllowed(Role.ADMIN_CLAIM)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Set a store's own commission rate (applies to payments captured after)")
  public CommissionView setCommission(
      @PathParam("storeId") String storeId, @NotNull CommissionRequest body) {
    UUID id = store(storeId);
    commissions.setRate(id, body.rate(), caller.id(), clock.instant());
    return commission(storeId);
  }

  private UUID store(String storeId) {
    UUID id = NotFoundProblem.idIn(storeId, "No such store");
    stores.find(id).orElseThrow(() -> new NotFoundProblem("No such store"));
    return id;
  }

  private static LocalDate day(String date) {
    try {
      return LocalDate.parse(date);
    } catch (DateTimeParseException e) {
      throw ProblemException.invalidField("date", "must be a date like 2026-12-01");
    }
  }
}
