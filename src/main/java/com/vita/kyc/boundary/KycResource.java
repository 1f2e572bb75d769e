package com.vita.kyc.boundary;

import com.vita.kyc.control.DiditWebhooks;
import com.vita.kyc.control.KycInitiation;
import com.vita.kyc.control.KycMode;
import com.vita.kyc.control.KycVerifications;
import com.vita.kyc.entity.KycStatus;
import com.vita.kyc.entity.KycVerification;
import com.vita.platform.problems.NotFoundProblem;
import com.vita.platform.security.Caller;
import com.vita.platform.security.Role;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Identity checks (KYC): start one, see where it stands, DIDIT's webhook, the sandbox. */
@Path("kyc")
@RequestScoped
@DenyAll
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "KYC", description = "Identity verification through DIDIT")
public class KycResource {

  @Inject KycInitiation initiation;
  @Inject KycVerifications verifications;
  @Inject DiditWebhooks webhooks;
  @Inject KycMode mode;
  @Inject Caller caller;

  public record Initiated(String sessionId, String redirectUrl, String status, boolean sandbox) {}

  public record State(String userId, String state, Instant updatedAt) {}

  public record Document(
      String sessionId,
      String status,
      String documentType,
      String issuingCountry,
      String verifiedAt,
      Instant updatedAt) {}

  public record Documents(String userId, List<Document> verifications) {}

  public record SandboxDecision(
      @NotNull @Pattern(regexp = "approved|declined|needs_review") String status) {}

  @POST
  @Path("initiate")
  @RolesAllowed({Role.BUYER_CLAIM, Role.SELLER_CLAIM, Role.ADMIN_CLAIM})
  @Consumes(MediaType.WILDCARD) // no body: any content type, or none
  @Operation(summary = "Open an identity-verification session and get the page to send the user to")
  public Initiated initiate() {
    KycInitiation.Started started = initiation.start(callerId());
    return new Initiated(
        started.sessionId(), started.redirectUrl(), started.status(), started.sandbox());
  }

  @GET
  @Path("status/{userId}")
  @RolesAllowed({Role.BUYER_CLAIM, Role.SELLER_CLAIM, Role.ADMIN_CLAIM})
  @Operation(summary = "The KYC state of the caller, or of anyone for an admin")
  public State status(@PathParam("userId") String userId) {
    KycVerifications.KycState state = verifications.stateOf(visible(userId));
    return new State(state.userId().toString(), state.state(), state.updatedAt());
  }

  @GET
  @Path("documents/{userId}")
  @RolesAllowed({Role.BUYER_CLAIM, Role.SELLER_CLAIM, Role.ADMIN_CLAIM})
  @Operation(summary = "What the provider decided about each session (no images), newest first")
  public Documents documents(@PathParam("userId") String userId) {
    UUID id = visible(userId);
    verifications.stateOf(id); // 404 for an unknown account, as for someone else's
    return new Documents(
        id.toString(), verifications.of(id).stream().map(KycResource::document).toList());
  }

  @POST
  @Path("webhook/didit")
  @PermitAll
  @Consumes(MediaType.WILDCARD)
  @Operation(summary = "DIDIT's signed session-status webhook (X-Signature, X-Timestamp)")
  public Map<String, String> diditWebhook(
      @HeaderParam("X-Signature") String signature,
      @HeaderParam("X-Timestamp") String timestamp,
      byte[] body) {
    // The body arrives as bytes: the signature is over exactly what DIDIT sent.
    DiditWebhooks.Outcome outcome = webhooks.receive(body, signature, timestamp);
    return Map.of("result", outcome.name().toLowerCase(java.util.Locale.ROOT));
  }

  @POST
  @Path("sandbox/{sessionId}/decision")
  @RolesAllowed(Role.ADMIN_CLAIM)
  @Operation(summary = "Sandbox mode only: an admin decides a local session")
  public State sandboxDecision(
      @PathParam("sessionId") String sessionId, @Valid @NotNull SandboxDecision body) {
    if (!mode.sandbox()) {
      throw new NotFoundProblem("There is no sandbox: KYC runs through DIDIT");
    }
    KycVerification session = verifications.sandboxSession(sessionId);
    KycStatus decided = KycStatus.of(body.status()).orElseThrow();
    verifications.report(
        sessionId,
        "Sandbox " + decided.value(),
        decided,
        false,
        Map.of(
            "status", decided.value(), "documentType", "sandbox", "verifiedAt", now().toString()),
        callerId());
    KycVerifications.KycState state = verifications.stateOf(session.accountId());
    return new State(state.userId().toString(), state.state(), state.updatedAt());
  }

  private static Document document(KycVerification v) {
    Map<String, String> d = v.decision();
    return new Document(
        v.providerSessionId(),
        v.status().value(),
        d.get("documentType"),
        d.get("issuingCountry"),
        d.get("verifiedAt"),
        v.updatedAt());
  }

  /**
   * The account the caller may see: their own, or any for an admin. Anyone else's is a 404, the
   * same as an account that does not exist, so ids cannot be probed.
   */
  private UUID visible(String userId) {
    UUID id = NotFoundProblem.idIn(userId, "No such account");
    if (!caller.mayAccess(id)) {
      throw new NotFoundProblem("No such account");
    }
    return id;
  }

  private UUID callerId() {
    return caller.id();
  }

  private static Instant now() {
    return Instant.now();
  }
}
