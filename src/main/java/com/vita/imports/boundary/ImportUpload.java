package com.vita.imports.boundary;

import com.vita.imports.control.ImportLaunch;
import com.vita.imports.entity.ImportJob;
import com.vita.platform.http.MultipartForm;
import com.vita.platform.problems.NotFoundProblem;
import com.vita.platform.problems.ProblemException;
import com.vita.platform.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/**
 * The one upload both import endpoints take: a multipart body with {@code file} and {@code storeId}
 * (or {@code storeId} in the query), answered 202 with the job and its status URL.
 */
@RequestScoped
class ImportUpload {

  static final String FILE = "file";

  @Inject ImportLaunch launch;
  @Inject Caller caller;

  Response accept(List<EntityPart> parts, String storeIdQuery, boolean dryRun) {
    MultipartForm form = MultipartForm.of(parts, FILE, 1);
    if (form.files().isEmpty()) {
      throw ProblemException.invalidField(FILE, "an .xlsx or .csv file is required");
    }
    String storeId = form.field("storeId") != null ? form.field("storeId") : storeIdQuery;
    if (storeId == null || storeId.isBlank()) {
      throw ProblemException.invalidField("storeId", "is required");
    }
    ImportJob job =
        launch.start(
            caller.id(),
            NotFoundProblem.idIn(storeId.strip(), "No such store"),
            form.files().get(0),
            dryRun);
    URI status = URI.create("/api/v1/import/status/" + job.id());
    return Response.accepted(ImportViews.Accepted.of(job, status)).location(status).build();
  }
}
