package com.vita.payments.boundary;

import com.vita.payments.control.PayoutAdministration;
import com.vita.payments.control.PayoutRails;
import com.vita.payments.control.Payouts;
import com.vita.payments.entity.PayoutStatus;
import com.vita.platform.persistence.CodedEnum;
import com.vita.platform.problems.NotFoundProblem;
import com.vita.platform.problems.ProblemException;
import com.vita.platform.security.Role;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The admins' payout queue: every payout, holding and releasing one, and for bank payouts (made by
 * the finance team by hand) settling or returning it.
 */
@Path("admin/payouts")
@RequestScoped
@DenyAll
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Payouts admin", description = "Holding, releasing, settling and returning payouts")
public class PayoutsAdminResource {

  static final int DEFAULT_LIMIT = 50;
  static final int MAX_LIMIT = 200;

  @Inject Payouts payouts;
  @Inject PayoutRails rails;
  @Inject PayoutAdministration administration;

  @GET
  @RolesAllowed(Role.ADMIN_CLAIM)
  @Operation(summary = "All payouts, newest first (?status=&limit=1..200&cursor=)")
  public PayoutView.Page list(
      @QueryParam("status") String status,
      @QueryParam("limit") Integer limit,
      @QueryParam("cursor") String cursor) {
    PayoutStatus wanted =
        status == null || status.isBlank()
            ? null
            : CodedEnum.of(PayoutStatus.class, status)
                .orElseThrow(() -> ProblemException.invalidField("status", "is no payout status"));
    int size = size(limit);
    return PayoutView.page(payouts.page(null, wanted, cursor(cursor), size + 1), size, rails);
  }

  @POST
  @Path("{id}/hold")
  @RolesAllowed(Role.ADMIN_CLAIM)
  @Operation(summary = "Stop a requested or submitted payout, saying why")
  public PayoutView hold(@PathParam("id") String id, @Valid @NotNull PayoutBodies.Reason body) {
    return PayoutView.of(administration.hold(payout(id), body.reason()), rails);
  }

  @POST
  @Path("{id}/release")
  @RolesAllowed(Role.ADMIN_CLAIM)
  @Operation(summary = "Let a held payout go on (to its rail, if it never reached it)")
  public PayoutView release(@PathParam("id") String id) {
    return PayoutView.of(administration.release(payout(id)), rails);
  }

  @POST
  @Path("{id}/settle")
  @RolesAllowed(Role.ADMIN_CLAIM)
  @Operation(summary = "A bank payout the finance team made: settled, with the bank's reference")
  public PayoutView settle(@PathParam("id") String id, @Valid PayoutBodies.Settlement body) {
    return PayoutView.of(
        administration.settle(payout(id), body == null ? null : body.reference()), rails);
  }

  @POST
  @Path("{id}/return")
  @RolesAllowed(Role.ADMIN_CLAIM)
  @Operation(summary = "A bank payout that did not go (or a held one never sent): money back")
  public PayoutView giveBack(@PathParam("id") String id, @Valid @NotNull PayoutBodies.Reason body) {
    return PayoutView.of(administration.giveBack(payout(id), body.reason()), rails);
  }

  private static UUID payout(String id) {
    return NotFoundProblem.idIn(id, "No such payout");
  }

  static int size(Integer limit) {
    int size = limit == null ? DEFAULT_LIMIT : limit;
    if (size < 1 || size > MAX_LIMIT) {
      throw ProblemException.invalidField("limit", "must be between 1 and " + MAX_LIMIT);
    }
    return size;
  }

  static UUID cursor(String cursor) {
    if (cursor == null || cursor.isBlank()) {
      return null;
    }
    try {
      return UUID.fromString(cursor);
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalidField("cursor", "is not a cursor this API gave");
    }
  }
}
