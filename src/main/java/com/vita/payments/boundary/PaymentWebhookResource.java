package com.vita.payments.boundary;

import com.vita.payments.control.InvalidWebhook;
import com.vita.payments.control.PaymentMetrics;
import com.vita.payments.control.ProviderNotice;
import com.vita.payments.control.ProviderWebhooks;
import com.vita.payments.control.StripeGateway;
import com.vita.payments.control.WebhookAdmission;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Payment providers' webhooks (no account: the signature on the raw body is the identity). Stripe
 * is answered as it asks — 2xx at once for every verified event, known or not, so it stops retrying
 * — and 400 for a body whose signature or timestamp does not verify.
 */
@Path("payments/webhook")
@RequestScoped
@DenyAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Payments", description = "Paying a checkout, confirming, refunding")
public class PaymentWebhookResource {

  @Inject StripeGateway stripe;
  @Inject ProviderWebhooks webhooks;
  @Inject PaymentMetrics metrics;
  @Inject WebhookAdmission admission;

  @POST
  @Path("stripe")
  @PermitAll
  @Consumes(MediaType.WILDCARD)
  @Operation(summary = "Stripe's signed webhook (Stripe-Signature: t=…,v1=…), each event once")
  @APIResponse(responseCode = "200", description = "applied, duplicate, ignored or not acted on")
  @APIResponse(
      responseCode = "400",
      description = "Signature, timestamp (over 300 s) or body wrong; nothing changed")
  public Map<String, Object> stripe(
      @HeaderParam("Stripe-Signature") String signature, byte[] body) {
    ProviderNotice notice;
    try {
      notice = stripe.verify(new String(body, StandardCharsets.UTF_8), signature);
    } catch (InvalidWebhook e) {
      metrics.webhook(stripe.provider(), "invalid_signature");
      throw e;
    }
    String result = admission.run(() -> webhooks.receive(stripe.provider(), notice));
    metrics.webhook(stripe.provider(), result);
    return Map.of("received", true, "result", result);
  }
}
