package com.vita.imports.boundary;

import com.vita.imports.control.ImportJobs;
import com.vita.imports.control.ImportStatus;
import com.vita.platform.security.Role;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The batch operators' view of import jobs: list, stop, restart (admins only). */
@Path("import/jobs")
@RequestScoped
@DenyAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Import")
public class ImportJobsResource {

  @Inject ImportJobs jobs;

  @GET
  @RolesAllowed(Role.ADMIN_CLAIM)
  @Operation(summary = "The latest import jobs of every store, newest first")
  public List<ImportStatus> latest(
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
    return jobs.latest(limit);
  }

  @POST
  @Path("{jobId}/stop")
  @RolesAllowed(Role.ADMIN_CLAIM)
  @Operation(summary = "Stop a running import job at its next checkpoint")
  public ImportStatus stop(@PathParam("jobId") String jobId) {
    return jobs.stop(ImportsResource.id(jobId));
  }

  @POST
  @Path("{jobId}/restart")
  @RolesAllowed(Role.ADMIN_CLAIM)
  @Operation(
      summary =
          "Restart a stopped or failed import job (or one whose server died) from its checkpoint")
  public ImportStatus restart(@PathParam("jobId") String jobId) {
    return jobs.restart(ImportsResource.id(jobId));
  }
}
