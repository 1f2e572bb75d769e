package com.vita.payments.boundary;

import com.vita.payments.control.PayoutRails;
import com.vita.payments.control.PayoutRequests;
import com.vita.payments.control.Payouts;
import com.vita.payments.entity.Payout;
import com.vita.platform.idempotency.IdempotentRequests;
import com.vita.platform.problems.NotFoundProblem;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A seller's payouts from their wallet: asked by the wallet's owner only, read by them or an admin;
 * anyone else's wallet is 404. Asking moves money, so it needs an {@code Idempotency-Key}.
 */
@Path("wallet/{userId}/payouts")
@RequestScoped
@DenyAll
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Payouts", description = "Taking a wallet's available money out")
public class PayoutsResource {

  @Inject PayoutRequests requests;
  @Inject Payouts payouts;
  @Inject PayoutRails rails;
  @Inject IdempotentRequests idempotency;
  @Inject Caller caller;

  @POST
  @RolesAllowed({Role.BUYER_CLAIM, Role.SELLER_CLAIM, Role.ADMIN_CLAIM})
  @Operation(
      summary =
          "Pay out available money to a Cregis wallet or a bank account (KYB approved only):"
              + " 201 with the payout, debited at once and given to its rail")
  public Response request(
      @PathParam("userId") String userId,
      @HeaderParam(IdempotentRequests.HEADER) String key,
      @Valid @NotNull PayoutBodies.Request body) {
    UUID seller = wallet(userId);
    IdempotentRequests.Request keyed =
        IdempotentRequests.request(
            key, "POST", "/api/v1/wallet/" + seller + "/payouts", caller.id(), body);
    AtomicReference<UUID> made = new AtomicReference<>();
    IdempotentRequests.Reply reply =
        idempotency.run(
            keyed,
            () -> {
              PayoutRequests.Requested requested = requests.request(seller, body.form(), key);
              made.set(requested.payout().id());
              return new IdempotentRequests.Outcome(
                  requested.replayed() ? 200 : 201, PayoutView.of(requested.payout(), rails));
            });
    if (made.get() == null) {
      return reply.response();
    }
    // Its rail was asked once the debit committed: answer where the payout stands now.
    return Response.status(reply.status())
        .entity(PayoutView.of(payouts.find(made.get()).orElseThrow(), rails))
        .build();
  }

  @GET
  @RolesAllowed({Role.BUYER_CLAIM, Role.SELLER_CLAIM, Role.ADMIN_CLAIM})
  @Operation(summary = "The wallet's payouts, newest first (?limit=1..200&cursor=)")
  public PayoutView.Page list(
      @PathParam("userId") String userId,
      @QueryParam("limit") Integer limit,
      @QueryParam("cursor") String cursor) {
    UUID seller = wallet(userId);
    int size = PayoutsAdminResource.size(limit);
    return PayoutView.page(
        payouts.page(seller, null, PayoutsAdminResource.cursor(cursor), size + 1), size, rails);
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Role.BUYER_CLAIM, Role.SELLER_CLAIM, Role.ADMIN_CLAIM})
  @Operation(summary = "One payout of the wallet")
  public PayoutView get(@PathParam("userId") String userId, @PathParam("id") String id) {
    UUID seller = wallet(userId);
    Payout payout =
        payouts
            .of(seller, NotFoundProblem.idIn(id, "No such payout"))
            .orElseThrow(() -> new NotFoundProblem("No such payout"));
    return PayoutView.of(payout, rails);
  }

  private UUID wallet(String userId) {
    UUID holder = NotFoundProblem.idIn(userId, "No such wallet");
    if (!caller.mayAccess(holder)) {
      throw new NotFoundProblem("No such wallet");
    }
    return holder;
  }
}
