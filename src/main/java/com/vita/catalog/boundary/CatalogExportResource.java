package com.vita.catalog.boundary;

import com.vita.catalog.control.CatalogExport;
import com.vita.catalog.control.CatalogSheet;
import com.vita.platform.http.ContentDisposition;
import com.vita.platform.problems.NotFoundProblem;
import com.vita.platform.problems.ProblemException;
import com.vita.platform.security.Role;
import com.vita.stores.control.StoreCard;
import com.vita.stores.control.StoreDirectory;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A store's catalogue as a spreadsheet, for its owner (or an admin). */
@Path("products/export/{storeId}")
@RequestScoped
@DenyAll
@Tag(name = "Products", description = "Catalogue, stock and images")
public class CatalogExportResource {

  @Inject StoreDirectory stores;
  @Inject CatalogExport export;

  @GET
  @RolesAllowed({Role.SELLER_CLAIM, Role.ADMIN_CLAIM})
  @Produces({
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "text/csv",
    MediaType.APPLICATION_JSON
  })
  @Operation(
      summary =
          "Download the store's catalogue (format=xlsx, the default, or csv) with the import's"
              + " columns, streamed")
  public Response export(
      @PathParam("storeId") String storeId,
      @QueryParam("format") String format,
      @Context UriInfo uri) {
    CatalogSheet sheet = CatalogSheet.of(format);
    if (sheet == null) {
      throw ProblemException.invalidField("format", "xlsx or csv");
    }
    // Checked before the body starts: a store that is not the caller's is a 404, not a broken file.
    StoreCard store = stores.ownedByCaller(NotFoundProblem.idIn(storeId, "No such store"));
    String imageBase = uri.getBaseUri().toString();
    StreamingOutput body = out -> export.write(store.id(), sheet, imageBase, out);
    return Response.ok(body, sheet.mediaType())
        .header(
            "Content-Disposition",
            ContentDisposition.attachment("catalogo-" + store.slug() + "." + sheet.extension()))
        .build();
  }
}
