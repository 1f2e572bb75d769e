package com.vita.payments.boundary;

import com.vita.payments.control.CregisCallback;
import com.vita.payments.control.CregisCallbacks;
import com.vita.payments.control.CregisDeposits;
import com.vita.payments.control.CregisPayoutCallbacks;
import com.vita.payments.control.InvalidWebhook;
import com.vita.payments.control.PaymentMetrics;
import com.vita.payments.control.WebhookAdmission;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Cregis' callbacks, one endpoint per kind as Cregis advises: deposits to payment addresses and
 * payouts. No account: the {@code sign} over the body is the identity. Cregis counts a callback
 * delivered when the answer's body is {@code success}; a callback whose sign, timestamp or nonce
 * does not verify is 400 problem+json and changes nothing.
 */
@Path("payments/webhook/cregis")
@Consumes(MediaType.WILDCARD)
@Produces(MediaType.TEXT_PLAIN)
@RequestScoped
@DenyAll
@Tag(name = "Payments", description = "Paying a checkout, confirming, refunding")
public class CregisWebhookResource {

  static final String PROVIDER = "cregis";

  @Inject CregisCallbacks callbacks;
  @Inject CregisDeposits deposits;
  @Inject CregisPayoutCallbacks payouts;
  @Inject PaymentMetrics metrics;
  @Inject WebhookAdmission admission;

  @POST
  @PermitAll
  @Operation(summary = "Cregis' signed deposit callback (地址充值), each cid applied once")
  @APIResponse(responseCode = "200", description = "success: applied, recorded or a duplicate")
  @APIResponse(
      responseCode = "400",
      description = "sign, timestamp (over 300 s) or nonce (seen before) wrong; nothing changed")
  public String deposit(byte[] body) {
    return apply(body, deposits::receive);
  }

  @POST
  @Path("payout")
  @PermitAll
  @Operation(summary = "Cregis' signed payout callback (提币): the payout settled or failed")
  @APIResponse(responseCode = "200", description = "success: applied or a duplicate")
  @APIResponse(
      responseCode = "400",
      description = "sign, timestamp or nonce wrong; nothing changed")
  public String payout(byte[] body) {
    return apply(body, payouts::receive);
  }

  private String apply(byte[] body, Function<CregisCallback, String> receiver) {
    CregisCallback callback;
    try {
      callback = callbacks.verify(new String(body, StandardCharsets.UTF_8));
    } catch (InvalidWebhook e) {
      metrics.webhook(PROVIDER, "invalid_signature");
      throw e;
    }
    String result;
    try {
      result = admission.run(() -> receiver.apply(callback));
    } catch (InvalidWebhook e) { // a replayed nonce
      metrics.webhook(PROVIDER, "replayed");
      throw e;
    }
    metrics.webhook(PROVIDER, result);
    return "success";
  }
}
