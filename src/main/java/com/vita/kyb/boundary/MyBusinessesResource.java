package com.vita.kyb.boundary;

import com.vita.kyb.control.BusinessCases;
import com.vita.kyb.control.KybGate;
import com.vita.platform.security.Caller;
import com.vita.platform.security.Role;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own business verifications and whether they may sell yet. */
@Path("kyb/businesses")
@RequestScoped
@DenyAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "KYB", description = "Business verification")
public class MyBusinessesResource {

  @Inject BusinessCases verifications;
  @Inject KybGate gate;
  @Inject Caller caller;

  /**
   * @param kybApproved what stores and payouts will ask ({@link KybGate}), current to this request
   */
  public record Mine(boolean kybApproved, List<BusinessSummary> businesses) {}

  @GET
  @RolesAllowed({Role.BUYER_CLAIM, Role.SELLER_CLAIM, Role.ADMIN_CLAIM})
  @Operation(
      summary =
          "The caller's businesses, newest first, and whether one is approved (needed to"
              + " activate stores and receive payouts)")
  public Mine mine() {
    UUID me = caller.id();
    return new Mine(
        gate.isApproved(me), verifications.ownedBy(me).stream().map(BusinessSummary::of).toList());
  }
}
