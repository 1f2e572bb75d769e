package com.vita.kyb.boundary;

import com.vita.kyb.boundary.KybViews.Document;
import com.vita.kyb.boundary.KybViews.Documents;
import com.vita.kyb.control.BusinessCases;
import com.vita.kyb.entity.Business;
import com.vita.kyb.entity.BusinessDocument;
import com.vita.platform.http.ContentDisposition;
import com.vita.platform.problems.NotFoundProblem;
import com.vita.platform.security.Caller;
import com.vita.platform.security.Role;
import com.vita.platform.storage.DocumentStorage;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The documents of a business verification: listed with links, and downloaded. */
@Path("kyb/documents")
@RequestScoped
@DenyAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "KYB", description = "Business verification")
public class BusinessDocumentsResource {

  @Inject BusinessCases cases;
  @Inject DocumentStorage storage;
  @Inject Caller caller;

  @Inject
  @ConfigProperty(name = "kyb.document-link-minutes", defaultValue = "10")
  int linkMinutes;

  @GET
  @Path("{businessId}")
  @RolesAllowed({Role.BUYER_CLAIM, Role.SELLER_CLAIM, Role.ADMIN_CLAIM})
  @Operation(summary = "The documents of a business, each with a link to download it")
  public Documents documents(@PathParam("businessId") String businessId) {
    Business b = cases.visible(KybResource.id(businessId), caller);
    Duration validity = Duration.ofMinutes(linkMinutes);
    return new Documents(
        b.id().toString(),
        cases.documents(b.id()).stream()
            .map(
                d ->
                    Document.of(
                        d,
                        storage
                            .temporaryLink(d.storageKey(), validity)
                            .map(URI::toString)
                            // Local disk has no links: the API streams it, same access rule.
                            .orElse("/api/v1/kyb/documents/" + b.id() + "/" + d.id())))
            .toList());
  }

  @GET
  @Path("{businessId}/{documentId}")
  @RolesAllowed({Role.BUYER_CLAIM, Role.SELLER_CLAIM, Role.ADMIN_CLAIM})
  @Produces(MediaType.WILDCARD)
  @Operation(summary = "Download one document of a business, as an attachment")
  public Response download(
      @PathParam("businessId") String businessId, @PathParam("documentId") String documentId) {
    Business b = cases.visible(KybResource.id(businessId), caller);
    BusinessDocument document =
        cases
            .document(b.id(), NotFoundProblem.idIn(documentId, "No such document"))
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
}
