package com.vita.shipping.boundary;

import com.vita.platform.security.Caller;
import com.vita.platform.security.Role;
import com.vita.shipping.control.RateTable;
import com.vita.shipping.control.ShippingRates;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Admins' rate tables: per service, per zone, weight brackets in minor units. */
@Path("shipping/rates")
@RequestScoped
@DenyAll
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Shipping", description = "Carriers, services and prices per country")
public class ShippingRatesResource {

  @Inject ShippingRates rates;
  @Inject Caller caller;

  @GET
  @Path("{methodId: [0-9]{1,18}}")
  @RolesAllowed(Role.ADMIN_CLAIM)
  @Operation(summary = "A service's rate table, every zone (admins)")
  @APIResponse(responseCode = "200", description = "The table")
  @APIResponse(responseCode = "404", description = "No such service")
  public RateTable table(@PathParam("methodId") long methodId) {
    return rates.of(methodId);
  }

  @PUT
  @Path("{methodId: [0-9]{1,18}}")
  @RolesAllowed(Role.ADMIN_CLAIM)
  @Operation(summary = "Replace a service's rate table (admins; audited; the next quote uses it)")
  @APIResponse(responseCode = "200", description = "The new table")
  @APIResponse(responseCode = "400", description = "Not every zone, or a zone's table is invalid")
  @APIResponse(responseCode = "404", description = "No such service")
  public RateTable replace(@PathParam("methodId") long methodId, @Valid @NotNull RateTable table) {
    return rates.replace(methodId, table, caller.id());
  }
}
