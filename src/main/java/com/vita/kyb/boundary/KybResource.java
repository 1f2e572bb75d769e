package com.vita.kyb.boundary;

import com.vita.kyb.boundary.KybViews.Status;
import com.vita.kyb.boundary.KybViews.Submitted;
import com.vita.kyb.control.BusinessCases;
import com.vita.kyb.control.BusinessReview;
import com.vita.kyb.control.BusinessReview.Decision;
import com.vita.kyb.control.BusinessSubmission;
import com.vita.kyb.control.BusinessSubmission.Application;
import com.vita.kyb.entity.Business;
import com.vita.platform.http.MultipartForm;
import com.vita.platform.http.PublicUrls;
import com.vita.platform.problems.NotFoundProblem;
import com.vita.platform.security.Caller;
import com.vita.platform.security.Role;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Business verification (KYB): an account submits its business with documents, an admin reviews it,
 * the owner follows it and answers requests for more information. Documents are served by {@link
 * BusinessDocumentsResource}.
 */
@Path("kyb")
@RequestScoped
@DenyAll
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "KYB", description = "Business verification")
public class KybResource {

  static final String DOCUMENTS = "documents";

  @Inject BusinessSubmission submission;
  @Inject BusinessReview review;
  @Inject BusinessCases cases;
  @Inject Caller caller;
  @Inject PublicUrls urls;

  @Inject
  @ConfigProperty(name = "kyb.max-documents-per-request", defaultValue = "10")
  int maxDocuments;

  public record Review(
      @NotNull @Pattern(regexp = "start_review|approve|reject|request_more_info") String decision,
      @Size(max = 2000) String reasons) {}

  @POST
  @Path("initiate")
  @RolesAllowed({Role.BUYER_CLAIM, Role.SELLER_CLAIM, Role.ADMIN_CLAIM})
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(
      summary =
          "Submit the caller's business: legalName, country, taxId, legalRepresentative,"
              + " economicActivity and one or more documents (PDF, JPEG, PNG); without"
              + " documents it is saved as a draft")
  public Response initiate(List<EntityPart> parts) {
    MultipartForm form = MultipartForm.of(parts, DOCUMENTS, maxDocuments);
    Application application =
        new Application(
            form.field("legalName"),
            form.field("country"),
            form.field("taxId"),
            form.field("legalRepresentative"),
            form.field("economicActivity"));
    Business business = submission.submit(caller.id(), application, form.files());
    // Absolute from the configured base: a relative one is resolved against the request's Host.
    return Response.created(urls.of("/api/v1/kyb/status/" + business.id()))
        .entity(Submitted.of(business))
        .build();
  }

  @POST
  @Path("{businessId}/documents")
  @RolesAllowed({Role.BUYER_CLAIM, Role.SELLER_CLAIM, Role.ADMIN_CLAIM})
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(
      summary =
          "The owner sends documents, handing in a draft or answering a request for more"
              + " information")
  public Submitted addDocuments(
      @PathParam("businessId") String businessId, List<EntityPart> parts) {
    MultipartForm form = MultipartForm.of(parts, DOCUMENTS, maxDocuments);
    return Submitted.of(submission.addDocuments(caller.id(), id(businessId), form.files()));
  }

  @GET
  @Path("status/{businessId}")
  @RolesAllowed({Role.BUYER_CLAIM, Role.SELLER_CLAIM, Role.ADMIN_CLAIM})
  @Operation(
      summary =
          "Where a business verification stands and how it got there; admins also see the other"
              + " cases claiming the same tax id")
  public Status status(@PathParam("businessId") String businessId) {
    Business b = cases.visible(id(businessId), caller);
    return Status.of(b, cases.history(b.id()), caller.isAdmin() ? cases.competing(b) : null);
  }

  @PUT
  @Path("review/{businessId}")
  @RolesAllowed(Role.ADMIN_CLAIM)
  @Operation(
      summary =
          "An admin's decision: start_review, approve, reject, request_more_info; reject (with"
              + " reasons) closes a case at any open stage, a draft included")
  public Submitted review(@PathParam("businessId") String businessId, @Valid @NotNull Review body) {
    Decision decision = Decision.valueOf(body.decision().toUpperCase(Locale.ROOT));
    return Submitted.of(review.decide(caller.id(), id(businessId), decision, body.reasons()));
  }

  static UUID id(String value) {
    return NotFoundProblem.idIn(value, "No such business");
  }
}
