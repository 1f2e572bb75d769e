package com.vita.payments.boundary;

import com.vita.payments.control.BankDeclarations;
import com.vita.payments.control.CryptoPayments;
import com.vita.payments.control.PaymentAccess;
import com.vita.payments.control.PaymentConfirmation;
import com.vita.payments.control.PaymentIntents;
import com.vita.payments.control.RefundRequests;
import com.vita.payments.entity.Payment;
import com.vita.platform.idempotency.IdempotentRequests;
import com.vita.platform.security.Caller;
import com.vita.platform.security.Role;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Paying and refunding. Every POST moves money, so each needs an {@code Idempotency-Key}: the first
 * answer is replayed for 24 h, the key with another body is 422, a duplicate still running 409.
 */
@Path("payments")
@RequestScoped
@DenyAll
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Payments", description = "Paying a checkout, confirming, refunding")
public class PaymentsResource {

  @Inject PaymentIntents intents;
  @Inject PaymentConfirmation confirmation;
  @Inject RefundRequests refunds;
  @Inject PaymentAccess access;
  @Inject IdempotentRequests idempotency;
  @Inject Caller caller;
  @Inject CryptoPayments crypto;
  @Inject BankDeclarations bankTransfers;

  @POST
  @Path("intent")
  @RolesAllowed({Role.BUYER_CLAIM, Role.SELLER_CLAIM, Role.ADMIN_CLAIM})
  @Operation(
      summary =
          "Open the payment of a checkout (or one order of it) by a method every store takes:"
              + " 201 with the provider's client secret, 200 with the open one if asked again")
  public Response intent(
      @HeaderParam(IdempotentRequests.HEADER) String key,
      @Valid @NotNull PaymentRequests.Intent body) {
    return keyed(
        key,
        "/api/v1/payments/intent",
        body,
        () -> {
          PaymentIntents.Opened opened = intents.open(body.form(), caller.id());
          return new IdempotentRequests.Outcome(
              opened.reused() ? 200 : 201,
              BankTransferView.attachedTo(
                  PaymentView.of(
                      opened.payment(),
                      true,
                      opened.reused(),
                      crypto.of(opened.payment()).orElse(null)),
                  opened.payment(),
                  bankTransfers));
        });
  }

  @POST
  @Path("confirm")
  @RolesAllowed({Role.BUYER_CLAIM, Role.SELLER_CLAIM, Role.ADMIN_CLAIM})
  @Operation(
      summary =
          "The buyer confirms their payment with a payment method: 200 with where it stands"
              + " (succeeded, requires_action, processing, or failed with the reason)")
  public Response confirm(
      @HeaderParam(IdempotentRequests.HEADER) String key,
      @Valid @NotNull PaymentRequests.Confirm body) {
    return keyed(
        key,
        "/api/v1/payments/confirm",
        body,
        () -> {
          Payment payment = confirmation.confirm(body.paymentId(), body.paymentMethod(), key);
          return new IdempotentRequests.Outcome(200, PaymentView.of(payment, true, false));
        });
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Role.BUYER_CLAIM, Role.SELLER_CLAIM, Role.ADMIN_CLAIM})
  @Operation(summary = "A payment: its buyer's, an admin's, or a seller's whose order it pays")
  public PaymentView get(@PathParam("id") UUID id) {
    Payment payment = access.visible(id);
    return BankTransferView.attachedTo(
        PaymentView.of(payment, access.isBuyer(payment), false, crypto.of(payment).orElse(null)),
        payment,
        bankTransfers);
  }

  @POST
  @Path("refund")
  @RolesAllowed({Role.SELLER_CLAIM, Role.ADMIN_CLAIM})
  @Operation(
      summary =
          "Refund an order, in part (amountMinor) or all that is left: its store's seller or an"
              + " admin; 201 with the refund (succeeded, or pending until the provider says)")
  public Response refund(
      @HeaderParam(IdempotentRequests.HEADER) String key,
      @Valid @NotNull PaymentRequests.Refund body) {
    return keyed(
        key,
        "/api/v1/payments/refund",
        body,
        () ->
            new IdempotentRequests.Outcome(
                201, PaymentView.RefundView.of(refunds.refund(body.form()))));
  }

  private Response keyed(
      String key, String path, Object body, Supplier<IdempotentRequests.Outcome> work) {
    IdempotentRequests.Request request =
        IdempotentRequests.request(key, "POST", path, caller.id(), body);
    return idempotency.run(request, work).response();
  }
}
