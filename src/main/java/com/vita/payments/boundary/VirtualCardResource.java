package com.vita.payments.boundary;

import com.vita.payments.control.VirtualCards;
import com.vita.payments.entity.VirtualCard;
import com.vita.platform.problems.NotFoundProblem;
import com.vita.platform.security.Caller;
import com.vita.platform.security.Role;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A seller's virtual VISA card, beside their wallet. Only the seller asks for it (another account's
 * path is 404, also for admins, who may read it); a card needs an approved business (403). Cregis
 * documents no card API: cards come from the labelled sandbox issuer ({@code provider: sandbox}).
 */
@Path("wallet/{userId}/card")
@RequestScoped
@DenyAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Wallet", description = "Balances and ledger entries of a seller's wallet")
public class VirtualCardResource {

  @Inject VirtualCards cards;
  @Inject Caller caller;

  /** A card as the API shows it: never its number. */
  public record CardView(
      String id,
      String brand,
      String last4,
      int expMonth,
      int expYear,
      String status,
      String provider,
      boolean sandbox,
      String createdAt) {

    static CardView of(VirtualCard c) {
      return new CardView(
          c.id().toString(),
          c.brand(),
          c.last4(),
          c.expMonth(),
          c.expYear(),
          c.status(),
          c.provider(),
          "sandbox".equals(c.provider()),
          c.createdAt().toString());
    }
  }

  @POST
  @RolesAllowed({Role.BUYER_CLAIM, Role.SELLER_CLAIM, Role.ADMIN_CLAIM})
  @Operation(
      summary =
          "The caller asks for their virtual VISA card (KYB approved): 201 with it, or 200 with"
              + " the one they have")
  public Response request(@PathParam("userId") String userId) {
    UUID holder = NotFoundProblem.idIn(userId, "No such wallet");
    if (!caller.owns(holder)) {
      throw new NotFoundProblem("No such wallet");
    }
    VirtualCards.Requested requested = cards.request(holder);
    return Response.status(requested.created() ? 201 : 200)
        .entity(CardView.of(requested.card()))
        .build();
  }

  @GET
  @RolesAllowed({Role.BUYER_CLAIM, Role.SELLER_CLAIM, Role.ADMIN_CLAIM})
  @Operation(summary = "The account's virtual card: self or admin; 404 when it has none")
  public CardView card(@PathParam("userId") String userId) {
    UUID holder = NotFoundProblem.idIn(userId, "No such wallet");
    if (!caller.mayAccess(holder)) {
      throw new NotFoundProblem("No such wallet");
    }
    return cards.of(holder).map(CardView::of).orElseThrow(() -> new NotFoundProblem("No card"));
  }
}
