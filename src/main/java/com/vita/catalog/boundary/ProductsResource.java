package com.vita.catalog.boundary;

import com.vita.catalog.boundary.CatalogViews.MovementView;
import com.vita.catalog.boundary.CatalogViews.ProductPage;
import com.vita.catalog.boundary.CatalogViews.ProductView;
import com.vita.catalog.boundary.CatalogViews.StockView;
import com.vita.catalog.control.CatalogAccess;
import com.vita.catalog.control.PageCursor;
import com.vita.catalog.control.ProductCatalog;
import com.vita.catalog.control.ProductImages;
import com.vita.catalog.control.ProductQueries;
import com.vita.catalog.control.StockLedger;
import com.vita.catalog.entity.Product;
import com.vita.catalog.entity.ProductStatus;
import com.vita.platform.http.IfMatch;
import com.vita.platform.persistence.CodedEnum;
import com.vita.platform.problems.NotFoundProblem;
import com.vita.platform.problems.ProblemException;
import com.vita.platform.security.Role;
import com.vita.stores.control.StoreDirectory;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Products and their stock. Reading is open (the owner sees every status, anyone else what is on
 * sale); writing is for the store's owner or an admin, with {@code If-Match} on edits.
 */
@Path("products")
@RequestScoped
@DenyAll
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Products", description = "Catalogue, stock and images")
public class ProductsResource {

  @Inject ProductCatalog catalog;
  @Inject ProductQueries queries;
  @Inject ProductImages images;
  @Inject StockLedger ledger;
  @Inject CatalogAccess access;
  @Inject StoreDirectory stores;

  /** A stock adjustment: a non-zero change and why. */
  public record StockAdjustment(@NotNull Integer delta, @NotBlank @Size(max = 200) String reason) {}

  @POST
  @RolesAllowed({Role.SELLER_CLAIM, Role.ADMIN_CLAIM})
  @Operation(
      summary =
          "Add a product to one of the caller's stores: name, price (store currency), stock,"
              + " storeId; category defaults to the store's, a SKU is generated when none is given")
  public Response create(@NotNull ProductRequest body) {
    Product p = catalog.create(body.storeId(), body.draft(), body.status());
    return withTag(Response.created(URI.create("products/" + p.id())), p).build();
  }

  @GET
  @PermitAll
  @Transactional
  @Operation(
      summary =
          "A store's products, newest first, by keyset pages (cursor, limit); filters category"
              + " and status (the owner's; others see active products only)")
  public ProductPage list(
      @QueryParam("storeId") String storeId,
      @QueryParam("category") String category,
      @QueryParam("status") String status,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") Integer limit) {
    if (storeId == null || storeId.isBlank()) {
      throw ProblemException.invalidField("storeId", "is required");
    }
    UUID store = NotFoundProblem.idIn(storeId, "No such store");
    ProductStatus wanted =
        status == null
            ? null
            : CodedEnum.of(ProductStatus.class, status)
                .orElseThrow(
                    () ->
                        ProblemException.invalidField("status", "one of draft, active, archived"));
    int size = ProductQueries.limit(limit);
    PageCursor after = PageCursor.parse(cursor);
    if (!access.manages(store)) {
      if (stores.findPublic(store).isEmpty()) {
        throw new NotFoundProblem("No such store");
      }
      if (wanted != null && wanted != ProductStatus.ACTIVE) {
        return new ProductPage(List.of(), null);
      }
      wanted = ProductStatus.ACTIVE;
    }
    ProductQueries.Page page =
        queries.page(new ProductQueries.Filter(store, wanted, category), after, size);
    return new ProductPage(
        CatalogViews.products(page.products(), images), ProductPage.cursor(page.next()));
  }

  @GET
  @Path("{productId}")
  @PermitAll
  @Transactional
  @Operation(summary = "One product, with its ETag for a later edit")
  public Response get(@PathParam("productId") String productId) {
    Product p = catalog.visible(id(productId));
    return withTag(Response.ok(), p).build();
  }

  @PUT
  @Path("{productId}")
  @RolesAllowed({Role.SELLER_CLAIM, Role.ADMIN_CLAIM})
  @Operation(
      summary =
          "Replace a product's content; with If-Match (its ETag) 412 when it changed since"
              + " it was read")
  public Response update(
      @PathParam("productId") String productId,
      @HeaderParam("If-Match") String ifMatch,
      @NotNull ProductRequest body) {
    Product p = catalog.update(id(productId), ifMatch, body.storeId(), body.draft(), body.status());
    return withTag(Response.ok(), p).build();
  }

  @DELETE
  @Path("{productId}")
  @RolesAllowed({Role.SELLER_CLAIM, Role.ADMIN_CLAIM})
  @Operation(summary = "Delete a product (kept for the orders that point to it)")
  public Response delete(
      @PathParam("productId") String productId, @HeaderParam("If-Match") String ifMatch) {
    catalog.delete(id(productId), ifMatch);
    return Response.noContent().build();
  }

  @POST
  @Path("{productId}/stock")
  @RolesAllowed({Role.SELLER_CLAIM, Role.ADMIN_CLAIM})
  @Transactional
  @Operation(
      summary =
          "Adjust the stock by delta (negative to take away) with a reason; never below zero"
              + " (409)")
  public Response adjust(
      @PathParam("productId") String productId, @Valid @NotNull StockAdjustment body) {
    Product p = catalog.ownedByCaller(id(productId));
    if (body.delta() == 0 || Math.abs(body.delta()) > StockLedger.MAX_DELTA) {
      throw ProblemException.invalidField(
          "delta", "a whole number other than 0, at most " + StockLedger.MAX_DELTA + " either way");
    }
    StockLedger.Change change =
        ledger.adjust(p.id(), body.delta(), body.reason(), access.callerId());
    return Response.ok(
            Map.of(
                "productId", p.id().toString(),
                "stock", change.stockAfter(),
                "movementId", change.movementId().toString()))
        .build();
  }

  @GET
  @Path("{productId}/stock")
  @RolesAllowed({Role.SELLER_CLAIM, Role.ADMIN_CLAIM})
  @Transactional
  @Operation(summary = "The product's stock and its movements, newest first")
  public StockView stock(
      @PathParam("productId") String productId, @QueryParam("limit") Integer limit) {
    Product p = catalog.ownedByCaller(id(productId));
    int size = limit == null ? 100 : Math.max(1, Math.min(limit, 1000));
    return new StockView(
        p.id().toString(),
        p.stock(),
        ledger.history(p.id(), size).stream().map(MovementView::of).toList());
  }

  private Response.ResponseBuilder withTag(Response.ResponseBuilder response, Product p) {
    return response
        .entity(ProductView.of(p, images.of(p.id())))
        .header("ETag", IfMatch.tagOf(p.version()));
  }

  static UUID id(String value) {
    return NotFoundProblem.idIn(value, "No such product");
  }
}
