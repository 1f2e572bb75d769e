package com.vita.kyb.boundary;

import com.vita.kyb.control.BusinessCases;
import com.vita.kyb.control.KybReminders;
import com.vita.kyb.control.KybReminders.Run;
import com.vita.platform.problems.NotFoundProblem;
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
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What the KYB reminder timer sent, and running it now (admins only). */
@Path("kyb/reminders")
@RequestScoped
@DenyAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "KYB", description = "Business verification")
public class KybRemindersResource {

  @Inject KybReminders reminders;
  @Inject BusinessCases verifications;

  Clock clock = Clock.systemUTC();

  public record Sent(String kind, String status, String recipient, Instant sentAt) {}

  @POST
  @RolesAllowed(Role.ADMIN_CLAIM)
  @Path("run")
  @Operation(
      summary =
          "Send the reminders due now, as the hourly timer does; ran=false when another instance"
              + " is sending them")
  public Run run() {
    return reminders.sendDue(clock.instant());
  }

  @GET
  @RolesAllowed(Role.ADMIN_CLAIM)
  @Path("{businessId}")
  @Operation(summary = "The reminders sent about one business verification, oldest first")
  public List<Sent> sent(@PathParam("businessId") String businessId) {
    // An unknown business is a 404, not an empty list.
    UUID id = verifications.existing(NotFoundProblem.idIn(businessId, "No such business")).id();
    return reminders.sentAbout(id).stream()
        .map(r -> new Sent(r.kind().value(), r.status().value(), r.recipient(), r.sentAt()))
        .toList();
  }
}
