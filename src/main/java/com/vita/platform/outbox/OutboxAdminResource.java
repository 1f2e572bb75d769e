package com.vita.platform.outbox;

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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Admins see the events parked by in-process delivery and requeue them. Platform has no layers, so
 * this thin resource sits beside {@link ParkedEvents}. With SQS the dead-letter queue holds such
 * messages instead, and the queue's own tools redrive them.
 */
@Path("admin/outbox")
@RequestScoped
@DenyAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin", description = "Operator actions")
public class OutboxAdminResource {

  @Inject ParkedEvents parked;

  @Inject Caller caller;

  @GET
  @Path("parked")
  @RolesAllowed(Role.ADMIN_CLAIM)
  @Operation(summary = "Events parked after their in-process delivery kept failing, oldest first")
  public List<ParkedEvents.Parked> parked() {
    return parked.list();
  }

  @POST
  @Path("parked/{eventId}/requeue")
  @RolesAllowed(Role.ADMIN_CLAIM)
  @Operation(summary = "Deliver a parked event again, with a fresh count of tries")
  public void requeue(@PathParam("eventId") UUID eventId) {
    if (!parked.requeue(eventId, caller.id())) {
      throw new NotFoundProblem("No parked outbox event " + eventId);
    }
  }
}
