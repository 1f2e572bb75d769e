package com.vita.payments.boundary;

import com.vita.payments.control.CregisDeposits;
import com.vita.payments.control.CryptoPayments;
import com.vita.platform.idempotency.IdempotentRequests;
import com.vita.platform.problems.BadRequestProblem;
import com.vita.platform.problems.ProblemException;
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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The admins' report of crypto deposits (every one Cregis reported, by outcome: the under- and
 * over-payments, late deposits, wrong coins, unknown addresses to act on), and the sandbox's
 * pretend deposit for local runs.
 */
@Path("admin/payments/crypto-deposits")
@RequestScoped
@DenyAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Payments admin", description = "Reconciliation reports and commission rates")
public class CryptoDepositsResource {

  static final int MAX_LIMIT = 200;

  @Inject CryptoPayments crypto;
  @Inject CregisDeposits deposits;

  /** A pretend deposit to a sandbox payment: how much of its coin. */
  public record SandboxDeposit(@NotNull UUID paymentId, @NotNull BigDecimal amount) {}

  @GET
  @RolesAllowed(Role.ADMIN_CLAIM)
  @Operation(
      summary =
          "Crypto deposits, newest first: ?outcome=captured|overpaid|underpaid|late|failed|"
              + "wrong_coin|unknown_address, ?limit=1..200")
  public List<CryptoPayments.Deposit> list(
      @QueryParam("outcome") String outcome, @QueryParam("limit") Integer limit) {
    int size = limit == null ? 50 : limit;
    if (size < 1 || size > MAX_LIMIT) {
      throw ProblemException.invalidField("limit", "must be between 1 and " + MAX_LIMIT);
    }
    return crypto.deposits(outcome, size);
  }

  @POST
  @Path("sandbox")
  @RolesAllowed(Role.ADMIN_CLAIM)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Sandbox only: a pretend deposit of {amount} to a cregis_sandbox payment's address,"
              + " applied as Cregis' callback would be (Idempotency-Key: the same key once)")
  public Map<String, String> sandboxDeposit(
      @HeaderParam(IdempotentRequests.HEADER) String key, @Valid @NotNull SandboxDeposit body) {
    if (key == null || key.isBlank() || key.length() > 50) {
      throw new BadRequestProblem("A pretend deposit needs an Idempotency-Key (1 to 50 chars)");
    }
    return Map.of("outcome", deposits.sandboxDeposit(body.paymentId(), body.amount(), key));
  }
}
