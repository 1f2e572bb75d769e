package com.vita.kyb.boundary;

import com.vita.auth.entity.Role;
import com.vita.kyb.control.BusinessVerifications;
import com.vita.kyb.control.KybGate;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own business verifications and whether they may sell yet. */
@Path("kyb/businesses")
@RequestScoped
@RolesAllowed({Role.BUYER_CLAIM, Role.SELLER_CLAIM, Role.ADMIN_CLAIM})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "KYB", description = "Business verification")
public class MyBusinessesResource {

  @Inject BusinessVerifications verifications;
  @Inject KybGate gate;
  @Inject JsonWebToken caller;

  /**
   * @param kybApproved what stores and payouts will ask ({@link KybGate}), current to this request
   */
  public record Mine(boolean kybApproved, List<BusinessSummary> businesses) {}

  @GET
  @Operation(
      summary =
          "The caller's businesses, newest first, and whether one is approved (needed to"
              + " activate stores and receive payouts)")
  public Mine mine() {
    UUID me = UUID.fromString(caller.getSubject());
    return new Mine(
        gate.isApproved(me), verifications.ownedBy(me).stream().map(BusinessSummary::of).toList());
  }
}
