package com.vita.payments.boundary;

import com.vita.payments.control.BankDeclarations;
import com.vita.payments.control.BankTransferForm;
import com.vita.platform.idempotency.IdempotentRequests;
import com.vita.platform.security.Caller;
import com.vita.platform.security.Role;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The buyer of a bank-transfer payment declares the transfer they made; VITA then verifies it with
 * the bank. Money-moving, so an {@code Idempotency-Key} is required as for every payments POST.
 */
@Path("payments/{id}/transfer")
@RequestScoped
@DenyAll
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Payments", description = "Paying a checkout, confirming, refunding")
public class BankTransferResource {

  @Inject BankDeclarations declarations;
  @Inject IdempotentRequests idempotency;
  @Inject Caller caller;

  /** The declaration: the bank, its reference, the amount (minor units or decimal) and the day. */
  public record Declaration(
      @NotBlank @Size(max = 40) String bank,
      @NotBlank @Pattern(regexp = "[A-Za-z0-9-]{4,64}", message = "4 to 64 letters, digits or -")
          String reference,
      @Positive Long amountMinor,
      @Size(max = 30) String amount,
      @Pattern(regexp = "[A-Za-z]{3}", message = "an ISO 4217 code") String currency,
      @NotNull LocalDate date) {

    BankTransferForm form() {
      return new BankTransferForm(bank, reference, amountMinor, amount, currency, date);
    }
  }

  @POST
  @RolesAllowed({Role.BUYER_CLAIM, Role.SELLER_CLAIM, Role.ADMIN_CLAIM})
  @Operation(
      summary =
          "The buyer declares the bank transfer that pays this payment: 202 with the payment"
              + " processing and bankTransfer.status verifying; 409 for a reference declared"
              + " before; 422 for another amount, currency or bank")
  public Response declare(
      @PathParam("id") UUID id,
      @HeaderParam(IdempotentRequests.HEADER) String key,
      @Valid @NotNull Declaration body) {
    IdempotentRequests.Request request =
        IdempotentRequests.request(
            key, "POST", "/api/v1/payments/" + id + "/transfer", caller.id(), body);
    return idempotency
        .run(
            request,
            () -> {
              BankDeclarations.Declared declared = declarations.declare(id, body.form());
              return new IdempotentRequests.Outcome(
                  202,
                  PaymentView.of(declared.payment(), true, false)
                      .with(BankTransferView.of(declared.transfer())));
            })
        .response();
  }
}
