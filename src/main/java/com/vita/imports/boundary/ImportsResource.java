package com.vita.imports.boundary;

import com.vita.imports.control.ImportJobs;
import com.vita.imports.control.ImportStatus;
import com.vita.imports.control.ImportWorkbooks;
import com.vita.imports.entity.ImportJob;
import com.vita.platform.http.ContentDisposition;
import com.vita.platform.problems.NotFoundProblem;
import com.vita.platform.security.Caller;
import com.vita.platform.security.Role;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Product imports from .xlsx or .csv: upload (a Jakarta Batch job does the work), follow its
 * status, download the rejected rows to correct them, and the template.
 */
@Path("import")
@RequestScoped
@DenyAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Import", description = "Bulk product import from Excel or CSV")
public class ImportsResource {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Inject ImportUpload upload;
  @Inject ImportJobs jobs;
  @Inject ImportWorkbooks workbooks;
  @Inject Caller caller;

  @POST
  @Path("products/excel")
  @RolesAllowed({Role.SELLER_CLAIM, Role.ADMIN_CLAIM})
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(
      summary =
          "Import products into one of the caller's stores from an .xlsx or .csv (multipart: file,"
              + " storeId); 202 with the job id and its status URL. dryRun=true only validates"
              + " and counts what would be created and updated")
  public Response importProducts(
      List<EntityPart> parts,
      @QueryParam("storeId") String storeId,
      @QueryParam("dryRun") @DefaultValue("false") boolean dryRun) {
    return upload.accept(parts, storeId, dryRun);
  }

  @GET
  @Path("status/{jobId}")
  @RolesAllowed({Role.SELLER_CLAIM, Role.ADMIN_CLAIM})
  @Operation(
      summary =
          "State, rows read/created/updated/rejected, progress and per-row errors of an import")
  public ImportStatus status(@PathParam("jobId") String jobId) {
    return jobs.status(jobs.visible(id(jobId), caller));
  }

  @GET
  @Path("status/{jobId}/errors.xlsx")
  @RolesAllowed({Role.SELLER_CLAIM, Role.ADMIN_CLAIM})
  @Produces(XLSX)
  @Operation(summary = "The rejected rows with an error column, to correct and upload again")
  public Response errors(@PathParam("jobId") String jobId) {
    ImportJob job = jobs.visible(id(jobId), caller);
    StreamingOutput body = out -> workbooks.rejectedRows(job.id(), out);
    return Response.ok(body, XLSX)
        .header(
            "Content-Disposition", ContentDisposition.attachment("errores-" + job.id() + ".xlsx"))
        .build();
  }

  @GET
  @Path("template")
  @RolesAllowed({Role.SELLER_CLAIM, Role.ADMIN_CLAIM})
  @Produces(XLSX)
  @Operation(summary = "The import template: the columns, an example row, validation and notes")
  public Response template() {
    StreamingOutput body = workbooks::template;
    return Response.ok(body, XLSX)
        .header("Content-Disposition", ContentDisposition.attachment("plantilla-productos.xlsx"))
        .build();
  }

  static UUID id(String value) {
    return NotFoundProblem.idIn(value, "No such import job");
  }
}
