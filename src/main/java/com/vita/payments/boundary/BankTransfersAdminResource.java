package com.vita.payments.boundary;

import com.vita.payments.control.BankVerifications;
import com.vita.platform.security.Role;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Admins work the bank-transfer verification queue now, as the timer would (within the limit). */
@Path("admin/payments/bank-transfers")
@RequestScoped
@DenyAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Payments admin", description = "Reconciliation reports and commission rates")
public class BankTransfersAdminResource {

  @Inject BankVerifications verifications;

  @Inject
  @ConfigProperty(name = "bank.verification.batch-size", defaultValue = "20")
  int batchSize;

  Clock clock = Clock.systemUTC();

  @POST
  @Path("verify")
  @RolesAllowed(Role.ADMIN_CLAIM)
  @Operation(
      summary =
          "Verify the due bank transfers now: what was checked, verified, refused, still waiting"
              + " for the bank, or deferred (rate limit, bank unavailable)")
  public BankVerifications.Run verify() {
    return verifications.runDue(clock.instant(), batchSize);
  }
}
