package com.vita.kyb.boundary;

import com.vita.kyb.control.BusinessCases;
import com.vita.kyb.entity.KybStatus;
import com.vita.platform.problems.ProblemException;
import com.vita.platform.security.Role;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The admins' work queue: business verifications in one status, the longest waiting first. */
@Path("kyb/queue")
@RequestScoped
@DenyAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "KYB", description = "Business verification")
public class ReviewQueueResource {

  @Inject BusinessCases verifications;

  @GET
  @RolesAllowed(Role.ADMIN_CLAIM)
  @Operation(
      summary =
          "Cases in one status (default submitted), longest waiting first; limit 1-100, offset")
  public List<BusinessSummary> queue(
      @QueryParam("status") @DefaultValue("submitted") String status,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(100) int limit,
      @QueryParam("offset") @DefaultValue("0") @Min(0) int offset) {
    KybStatus wanted =
        KybStatus.of(status)
            .orElseThrow(() -> ProblemException.invalidField("status", "not a KYB status"));
    return verifications.inStatus(wanted, offset, limit).stream().map(BusinessSummary::of).toList();
  }
}
