package com.vita.payments.boundary;

import com.vita.payments.control.Wallets;
import com.vita.platform.problems.NotFoundProblem;
import com.vita.platform.problems.ProblemException;
import com.vita.platform.security.Caller;
import com.vita.platform.security.Role;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A user's wallet: their own, or anyone's for an admin; another's is 404. */
@Path("wallet")
@RequestScoped
@DenyAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Wallet", description = "Balances and ledger entries of a seller's wallet")
public class WalletResource {

  static final int DEFAULT_LIMIT = 50;
  static final int MAX_LIMIT = 200;

  @Inject Wallets wallets;
  @Inject Caller caller;

  /** The wallet: balances per currency and a page of entries, newest first. */
  public record WalletView(
      String userId,
      List<Wallets.Balance> balances,
      List<Wallets.Entry> entries,
      String nextCursor) {}

  @GET
  @Path("{userId}")
  @RolesAllowed({Role.BUYER_CLAIM, Role.SELLER_CLAIM, Role.ADMIN_CLAIM})
  @Operation(
      summary =
          "Balances per currency (available, pending: read from the ledger) and the entries,"
              + " newest first; ?limit=1..200&cursor= for the next page")
  public WalletView wallet(
      @PathParam("userId") String userId,
      @QueryParam("limit") Integer limit,
      @QueryParam("cursor") String cursor) {
    UUID holder = NotFoundProblem.idIn(userId, "No such wallet");
    if (!caller.mayAccess(holder)) {
      throw new NotFoundProblem("No such wallet");
    }
    int size = limit == null ? DEFAULT_LIMIT : limit;
    if (size < 1 || size > MAX_LIMIT) {
      throw ProblemException.invalidField("limit", "must be between 1 and " + MAX_LIMIT);
    }
    Long before = cursor == null || cursor.isBlank() ? null : parse(cursor);
    List<Wallets.Entry> entries = wallets.entries(holder, before, size + 1);
    String next = null;
    if (entries.size() > size) {
      entries = entries.subList(0, size);
      next = Long.toString(entries.get(size - 1).id());
    }
    return new WalletView(holder.toString(), wallets.balances(holder), entries, next);
  }

  private static Long parse(String cursor) {
    try {
      return Long.parseLong(cursor);
    } catch (NumberFormatException e) {
      throw ProblemException.invalidField("cursor", "is not a cursor this API gave");
    }
  }
}
