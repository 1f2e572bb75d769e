package com.vita.shipping.boundary;

import com.vita.shipping.control.CarrierWebhooks;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Carriers' tracking webhooks, signed per carrier (no account: the signature is the identity). */
@Path("shipping/webhook")
@RequestScoped
@DenyAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Shipping", description = "Carriers, services and prices per country")
public class CarrierWebhookResource {

  @Inject CarrierWebhooks webhooks;

  @POST
  @Path("{carrier}")
  @PermitAll
  @Consumes(MediaType.WILDCARD)
  @Operation(summary = "A carrier's signed tracking webhook (Vita-Signature: t=…,v1=…)")
  @APIResponse(responseCode = "200", description = "applied, duplicate or ignored")
  @APIResponse(responseCode = "401", description = "Forged or stale signature; nothing changed")
  @APIResponse(responseCode = "503", description = "The carrier's webhook secret is not set")
  public Map<String, String> webhook(
      @PathParam("carrier") String carrier,
      @HeaderParam("Vita-Signature") String signature,
      byte[] body) {
    // The body arrives as bytes: the signature is over exactly what the carrier sent.
    CarrierWebhooks.Outcome outcome = webhooks.receive(carrier, body, signature);
    return Map.of("result", outcome.name().toLowerCase(Locale.ROOT));
  }
}
