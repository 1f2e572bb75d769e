package com.vita.marketplace.boundary;

import com.vita.marketplace.control.Curation;
import com.vita.marketplace.control.FeaturedSlots;
import com.vita.platform.problems.NotFoundProblem;
import com.vita.platform.security.Caller;
import com.vita.platform.security.Role;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Admins curate the marketplace: list and unlist products, rules, featured slots. Audited. */
@Path("admin/marketplace")
@RequestScoped
@DenyAll
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Marketplace", description = "The curated catalogue and its search")
public class MarketplaceAdminResource {

  @Inject Curation curation;
  @Inject FeaturedSlots featured;
  @Inject Caller caller;

  @PUT
  @Path("products/{id}/listing")
  @RolesAllowed(Role.ADMIN_CLAIM)
  @Operation(summary = "List a product (it shows while eligible), whatever the rules say")
  @APIResponse(responseCode = "204", description = "Listed")
  @APIResponse(responseCode = "404", description = "No such product")
  public void list(@PathParam("id") String id) {
    curation.decide(NotFoundProblem.idIn(id, "No such product"), true, caller.id());
  }

  @DELETE
  @Path("products/{id}/listing")
  @RolesAllowed(Role.ADMIN_CLAIM)
  @Operation(summary = "Unlist a product, even where a rule lists its store or category")
  @APIResponse(responseCode = "204", description = "Unlisted")
  @APIResponse(responseCode = "404", description = "No such product")
  public void unlist(@PathParam("id") String id) {
    curation.decide(NotFoundProblem.idIn(id, "No such product"), false, caller.id());
  }

  @GET
  @Path("rules")
  @RolesAllowed(Role.ADMIN_CLAIM)
  @Operation(summary = "The listing rules: stores and categories whose products are all listed")
  public Curation.Rules rules() {
    return curation.rules();
  }

  @PUT
  @Path("rules")
  @RolesAllowed(Role.ADMIN_CLAIM)
  @Operation(summary = "Replace the listing rules whole: {stores: [ids], categories: [paths]}")
  @APIResponse(responseCode = "200", description = "The rules now")
  @APIResponse(responseCode = "400", description = "An unknown store or a bad category")
  public Curation.Rules replaceRules(Curation.Rules rules) {
    return curation.replaceRules(
        rules == null ? new Curation.Rules(null, null) : rules, caller.id());
  }

  @POST
  @Path("featured")
  @RolesAllowed(Role.ADMIN_CLAIM)
  @Operation(summary = "Feature a marketplace product: {productId, position, startsAt, endsAt}")
  @APIResponse(responseCode = "201", description = "The slot's id")
  @APIResponse(responseCode = "409", description = "The product is not in the marketplace")
  public Response feature(FeaturedSlots.NewSlot slot) {
    return Response.status(Response.Status.CREATED)
        .entity(Map.of("slotId", featured.create(slot, caller.id()).toString()))
        .build();
  }

  @DELETE
  @Path("featured/{slotId}")
  @RolesAllowed(Role.ADMIN_CLAIM)
  @Operation(summary = "Remove a featured slot")
  @APIResponse(responseCode = "204", description = "Removed")
  @APIResponse(responseCode = "404", description = "No such slot")
  public void unfeature(@PathParam("slotId") String slotId) {
    featured.delete(NotFoundProblem.idIn(slotId, "No such featured slot"), caller.id());
  }
}
