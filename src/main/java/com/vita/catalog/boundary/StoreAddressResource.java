package com.vita.catalog.boundary;

import com.vita.platform.problems.NotFoundProblem;
import com.vita.stores.control.StoreAddress;
import com.vita.stores.control.StoreDirectory;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A store at its own address, {@code /s/{username}/{slug}} (seed 000's {@code
 * vita.com/usuario/tienda}): the same page as {@link StorefrontResource}. A slug the store had
 * before a rename answers 301 with the current address, so old links keep working.
 */
@Path("s/{username}/{slug}")
@RequestScoped
@DenyAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Storefront", description = "Public store pages")
public class StoreAddressResource {

  @Inject StoreDirectory stores;
  @Inject StorePages pages;

  @GET
  @PermitAll
  @Transactional
  @Operation(
      summary = "A store at its own address; an old slug answers 301 with the current address")
  public Response byAddress(
      @PathParam("username") String username,
      @PathParam("slug") String slug,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") Integer limit) {
    StoreAddress address = stores.resolve(username, slug);
    if (address instanceof StoreAddress.Found found) {
      return Response.ok(pages.page(found.store(), cursor, limit)).build();
    }
    if (address instanceof StoreAddress.Moved moved) {
      return Response.status(Response.Status.MOVED_PERMANENTLY)
          .location(
              UriBuilder.fromPath("/api/v1/s/{username}/{slug}")
                  .build(username, moved.currentSlug()))
          .build();
    }
    throw new NotFoundProblem("No such store");
  }
}
