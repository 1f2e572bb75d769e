package com.vita.imports.boundary;

import com.vita.platform.security.Role;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The seed's second address for the same import ({@code POST /products/bulk-import}). */
@Path("products/bulk-import")
@RequestScoped
@DenyAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Import")
public class BulkImportResource {

  @Inject ImportUpload upload;

  @POST
  @RolesAllowed({Role.SELLER_CLAIM, Role.ADMIN_CLAIM})
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(summary = "The same as POST /import/products/excel")
  public Response importProducts(
      List<EntityPart> parts,
      @QueryParam("storeId") String storeId,
      @QueryParam("dryRun") @DefaultValue("false") boolean dryRun) {
    return upload.accept(parts, storeId, dryRun);
  }
}
