package com.vita.kyb.boundary;

import com.vita.auth.entity.Role;
import com.vita.kyb.control.BusinessVerifications;
import com.vita.kyb.control.BusinessVerifications.Application;
import com.vita.kyb.control.BusinessVerifications.Decision;
import com.vita.kyb.control.BusinessVerifications.Upload;
import com.vita.kyb.entity.Business;
import com.vita.kyb.entity.BusinessDocument;
import com.vita.platform.http.ContentDisposition;
import com.vita.platform.http.FormFileNames;
import com.vita.platform.problems.NotFoundProblem;
import com.vita.platform.problems.ProblemException;
import com.vita.platform.problems.ProblemType;
import com.vita.platform.storage.DocumentStorage;
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
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Business verification (KYB): an account submits its business with documents, an admin reviews it,
 * the owner follows it and answers requests for more information.
 */
@Path("kyb")
@RequestScoped
@DenyAll
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "KYB", description = "Business verification")
public class KybResource {

  private static final String DOCUMENTS = "documents";

  @Inject BusinessVerifications verifications;
  @Inject DocumentStorage storage;
  @Inject JsonWebToken caller;

  @Inject
  @ConfigProperty(name = "kyb.document-link-minutes", defaultValue = "10")
  int linkMinutes;

  @Inject
  @ConfigProperty(name = "kyb.max-documents-per-request", defaultValue = "10")
  int maxDocuments;

  public record Submitted(String businessId, String status) {}

  public record Step(String from, String to, Instant at, String reasons) {}

  public record Status(
      String businessId,
      String legalName,
      String country,
      String taxId,
      String status,
      Instant createdAt,
      Instant updatedAt,
      List<Step> history) {}

  public record Document(
      String id,
      String originalName,
      String mediaType,
      long size,
      Instant uploadedAt,
      String downloadUrl) {}

  public record Documents(String businessId, List<Document> documents) {}

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
    Map<String, String> fields = new HashMap<>();
    List<Upload> uploads = new ArrayList<>();
    read(parts, fields, uploads);
    Application application =
        new Application(
            fields.get("legalName"),
            fields.get("country"),
            fields.get("taxId"),
            fields.get("legalRepresentative"),
            fields.get("economicActivity"));
    Business business = verifications.submit(callerId(), application, uploads);
    return Response.created(URI.create("kyb/status/" + business.id()))
        .entity(new Submitted(business.id().toString(), business.status().value()))
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
    List<Upload> uploads = new ArrayList<>();
    read(parts, new HashMap<>(), uploads);
    Business business = verifications.addDocuments(callerId(), id(businessId), uploads);
    return new Submitted(business.id().toString(), business.status().value());
  }

  @GET
  @Path("status/{businessId}")
  @RolesAllowed({Role.BUYER_CLAIM, Role.SELLER_CLAIM, Role.ADMIN_CLAIM})
  @Operation(summary = "Where a business verification stands and how it got there")
  public Status status(@PathParam("businessId") String businessId) {
    Business b = visible(businessId);
    List<Step> history =
        verifications.history(b.id()).stream()
            .map(c -> new Step(c.from().value(), c.to().value(), c.changedAt(), c.reasons()))
            .toList();
    return new Status(
        b.id().toString(),
        b.legalName(),
        b.taxId().country(),
        b.taxId().format(),
        b.status().value(),
        b.createdAt(),
        b.updatedAt(),
        history);
  }

  @PUT
  @Path("review/{businessId}")
  @RolesAllowed(Role.ADMIN_CLAIM)
  @Operation(summary = "An admin's decision: start_review, approve, reject, request_more_info")
  public Submitted review(
      @PathParam("businessId") String businessId, @Valid @NotNull Review review) {
    Decision decision = Decision.valueOf(review.decision().toUpperCase(Locale.ROOT));
    Business business =
        verifications.review(callerId(), id(businessId), decision, review.reasons());
    return new Submitted(business.id().toString(), business.status().value());
  }

  @GET
  @Path("documents/{businessId}")
  @RolesAllowed({Role.BUYER_CLAIM, Role.SELLER_CLAIM, Role.ADMIN_CLAIM})
  @Operation(summary = "The documents of a business, each with a link to download it")
  public Documents documents(@PathParam("businessId") String businessId) {
    Business b = visible(businessId);
    Duration validity = Duration.ofMinutes(linkMinutes);
    List<Document> documents =
        verifications.documents(b.id()).stream()
            .map(
                d ->
                    new Document(
                        d.id().toString(),
                        d.originalName(),
                        d.mediaType(),
                        d.size(),
                        d.uploadedAt(),
                        storage
                            .temporaryLink(d.storageKey(), validity)
                            .map(URI::toString)
                            // Local disk has no links: the API streams it, same access rule.
                            .orElse("/api/v1/kyb/documents/" + b.id() + "/" + d.id())))
            .toList();
    return new Documents(b.id().toString(), documents);
  }

  @GET
  @Path("documents/{businessId}/{documentId}")
  @RolesAllowed({Role.BUYER_CLAIM, Role.SELLER_CLAIM, Role.ADMIN_CLAIM})
  @Produces(MediaType.WILDCARD)
  @Operation(summary = "Download one document of a business, as an attachment")
  public Response download(
      @PathParam("businessId") String businessId, @PathParam("documentId") String documentId) {
    Business b = visible(businessId);
    BusinessDocument document =
        verifications
            .document(b.id(), id(documentId))
            .orElseThrow(() -> new NotFoundProblem("No such document"));
    // Opened here, not in the stream, so a missing file is a 404 before any byte is sent.
    InputStream content = storage.open(document.storageKey());
    StreamingOutput body =
        out -> {
          try (InputStream in = content) {
            in.transferTo(out);
          }
        };
    // RFC 6266: the UTF-8 name percent-encoded, and an ASCII fallback for older clients.
    String name = document.originalName() == null ? "document" : document.originalName();
    return Response.ok(body, document.mediaType())
        .header("Content-Disposition", ContentDisposition.attachment(name))
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }

  /**
   * Splits the form into fields and uploads. More than {@code kyb.max-documents-per-request}
   * documents is a 400 before any is stored: the body limit bounds the bytes, this the count.
   */
  private void read(List<EntityPart> parts, Map<String, String> fields, List<Upload> uploads) {
    if (parts == null) {
      throw new ProblemException(ProblemType.BAD_REQUEST, "A multipart/form-data body is required");
    }
    long documents = parts.stream().filter(p -> DOCUMENTS.equals(p.getName())).count();
    if (documents > maxDocuments) {
      throw ProblemException.invalidField(
          DOCUMENTS, "at most " + maxDocuments + " documents per request");
    }
    try {
      for (EntityPart part : parts) {
        if (DOCUMENTS.equals(part.getName())) {
          String name = FormFileNames.decoded(part.getFileName().orElse(null));
          uploads.add(new Upload(name, part.getContent()));
        } else {
          fields.put(part.getName(), part.getContent(String.class));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The business if the caller owns it or is an admin; anyone else gets the 404 of no business. */
  private Business visible(String businessId) {
    return verifications.visible(id(businessId), callerId(), isAdmin());
  }

  private boolean isAdmin() {
    return caller.getGroups() != null && caller.getGroups().contains(Role.ADMIN_CLAIM);
  }

  private static UUID id(String value) {
    return NotFoundProblem.idIn(value, "No such business");
  }

  private UUID callerId() {
    return UUID.fromString(caller.getSubject());
  }
}
