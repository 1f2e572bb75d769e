package com.vita.catalog.boundary;

import com.vita.platform.problems.NotFoundProblem;
import com.vita.stores.control.StoreCard;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A store's public page by id: the store and its active products, in keyset pages, for anyone,
 * signed in or not (seed 000: {@code GET /stores/{storeId}/public}). Which stores are visible is
 * the store component's decision ({@code StoreDirectory.findPublic}): a store that is not active
 * yet is visible at once (seed 000 adds a product to a new store and expects to see it), it only
 * takes no orders.
 */
@Path("stores/{storeId}/public")
@RequestScoped
@DenyAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Storefront", description = "Public store pages")
public class StorefrontResource {

  @Inject StoreDirectory stores;
  @Inject StorePages pages;

  @GET
  @PermitAll
  @Transactional
  @Operation(summary = "A store's public page: the store and its active products (keyset pages)")
  public StorePages.StorePage byId(
      @PathParam("storeId") String storeId,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") Integer limit) {
    UUID id = NotFoundProblem.idIn(storeId, "No such store");
    StoreCard store = stores.findPublic(id).orElseThrow(() -> new NotFoundProblem("No such store"));
    return pages.page(store, cursor, limit);
  }
}
