package com.vita.stores.boundary;

import com.vita.platform.http.IfMatch;
import com.vita.platform.problems.NotFoundProblem;
import com.vita.platform.problems.ProblemException;
import com.vita.platform.problems.ProblemType;
import com.vita.platform.security.Caller;
import com.vita.platform.security.Role;
import com.vita.stores.control.StoreAnalytics;
import com.vita.stores.control.StoreDirectory;
import com.vita.stores.control.StoreEditing;
import com.vita.stores.control.StoreForm;
import com.vita.stores.control.StoreOpening;
import com.vita.stores.control.StoreOwners;
import com.vita.stores.entity.Store;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A seller's stores: open, list, read, edit, activate, delete, analytics. Another seller's store is
 * 404, as one that does not exist; admins read and manage any. Every store response carries the
 * store's {@code ETag}; {@code If-Match} on PUT and DELETE is optional and, when sent, must name
 * the current one (412 otherwise).
 */
@Path("stores")
@RequestScoped
@DenyAll
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Stores", description = "A seller's stores")
public class StoresResource {

  @Inject StoreOpening opening;
  @Inject StoreEditing editing;
  @Inject StoreDirectory directory;
  @Inject StoreAnalytics analytics;
  @Inject StoreOwners owners;
  @Inject Caller caller;

  @POST
  @RolesAllowed(Role.SELLER_CLAIM)
  @Operation(
      summary =
          "Open a store at once (inactive until activated): name, description, category; country"
              + " (default: the owner's KYB business's, else the configured one) and"
              + " paymentMethods (default: all) are optional")
  public Response open(@Valid @NotNull StoreForm body) {
    Store store = opening.open(caller.id(), body);
    return withTag(Response.created(URI.create("stores/" + store.id())), store);
  }

  @GET
  @RolesAllowed({Role.SELLER_CLAIM, Role.ADMIN_CLAIM})
  @Operation(summary = "The caller's stores, newest first (admins: any account's, with ownerId)")
  public StoreView.Page list(
      @QueryParam("ownerId") String ownerId,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(100) int limit,
      @QueryParam("offset") @DefaultValue("0") @Min(0) int offset) {
    UUID owner = caller.id();
    if (ownerId != null && !ownerId.equals(owner.toString())) {
      if (!caller.isAdmin()) {
        throw new ProblemException(
            ProblemType.FORBIDDEN, "Only admins list another account's stores");
      }
      owner = NotFoundProblem.idIn(ownerId, "No such account");
    }
    List<Store> stores = directory.ownedBy(owner, offset, limit);
    String username = stores.isEmpty() ? null : owners.usernameOf(owner);
    return new StoreView.Page(
        stores.stream().map(s -> StoreView.of(s, username)).toList(), offset, limit);
  }

  @GET
  @Path("{storeId}")
  @RolesAllowed({Role.SELLER_CLAIM, Role.ADMIN_CLAIM})
  @Operation(summary = "One of the caller's stores")
  public Response get(@PathParam("storeId") String storeId) {
    return withTag(Response.ok(), directory.visible(id(storeId)));
  }

  @PUT
  @Path("{storeId}")
  @RolesAllowed({Role.SELLER_CLAIM, Role.ADMIN_CLAIM})
  @Operation(
      summary =
          "Edit name, description, category (and paymentMethods when given); a new name moves the"
              + " store to a new slug, the old address redirects. If-Match: the ETag read")
  public Response edit(
      @PathParam("storeId") String storeId,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull StoreForm body) {
    return withTag(
        Response.ok(), editing.edit(caller.id(), id(storeId), body, IfMatch.of(ifMatch)));
  }

  @DELETE
  @Path("{storeId}")
  @Consumes(MediaType.WILDCARD) // no body
  @RolesAllowed({Role.SELLER_CLAIM, Role.ADMIN_CLAIM})
  @Operation(
      summary = "Close the store (its orders stay, its address stays reserved). If-Match optional")
  public Response delete(
      @PathParam("storeId") String storeId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    editing.delete(caller.id(), id(storeId), IfMatch.of(ifMatch));
    return Response.noContent().build();
  }

  @POST
  @Path("{storeId}/activate")
  @Consumes(MediaType.WILDCARD) // no body
  @RolesAllowed({Role.SELLER_CLAIM, Role.ADMIN_CLAIM})
  @Operation(
      summary =
          "Let the store take orders and appear in the marketplace; 409 naming what is missing"
              + " (the owner's KYB approval, a verified e-mail)")
  public Response activate(@PathParam("storeId") String storeId) {
    return withTag(Response.ok(), editing.activate(caller.id(), id(storeId)));
  }

  @GET
  @Path("{storeId}/analytics")
  @RolesAllowed({Role.SELLER_CLAIM, Role.ADMIN_CLAIM})
  @Operation(
      summary =
          "Orders, revenue per currency, top products and page views over the last days (UTC)")
  public AnalyticsView analytics(
      @PathParam("storeId") String storeId,
      @QueryParam("days") @DefaultValue("30") @Min(1) @Max(366) int days) {
    Store store = directory.visible(id(storeId));
    return AnalyticsView.of(analytics.lastDays(store.id(), days));
  }

  private Response withTag(Response.ResponseBuilder response, Store store) {
    return response
        .tag(new EntityTag(Long.toString(store.version())))
        .entity(StoreView.of(store, owners.usernameOf(store.ownerAccountId())))
        .build();
  }

  private static UUID id(String value) {
    return NotFoundProblem.idIn(value, "No such store");
  }
}
