package com.vita.shipping.boundary;

import com.vita.platform.security.Caller;
import com.vita.platform.security.Role;
import com.vita.shipping.control.ShipmentTracking;
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
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Shipment tracking: read by buyer, seller and admins; events from the seller. */
@Path("shipping/tracking")
@RequestScoped
@DenyAll
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Shipping", description = "Carriers, services and prices per country")
public class TrackingResource {

  @Inject ShipmentTracking tracking;
  @Inject Caller caller;

  @GET
  @Path("{trackingId}")
  @RolesAllowed({Role.BUYER_CLAIM, Role.SELLER_CLAIM, Role.ADMIN_CLAIM})
  @Operation(summary = "A shipment's status and history (its buyer, its seller, admins)")
  @APIResponse(responseCode = "200", description = "The tracking")
  @APIResponse(responseCode = "404", description = "No such shipment, or not the caller's")
  public TrackingView track(@PathParam("trackingId") String trackingId) {
    return TrackingView.of(tracking.of(trackingId, caller));
  }

  @POST
  @Path("{trackingId}/events")
  @RolesAllowed({Role.SELLER_CLAIM, Role.ADMIN_CLAIM})
  @Operation(summary = "The seller (or an admin) records a tracking event; delivered ends it")
  @APIResponse(responseCode = "200", description = "The tracking with the event")
  @APIResponse(responseCode = "400", description = "Invalid event")
  @APIResponse(responseCode = "403", description = "The buyer may read, not write")
  @APIResponse(responseCode = "404", description = "No such shipment, or not the caller's")
  public TrackingView record(
      @PathParam("trackingId") String trackingId, @Valid @NotNull TrackingEventRequest event) {
    return TrackingView.of(tracking.record(trackingId, event.report(Clock.systemUTC()), caller));
  }
}
