package com.vita.kyc.control;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * DIDIT's verification API as a MicroProfile Rest Client, built by {@link DiditGateway} with the
 * base URL from configuration. Bodies are JSON text: the gateway alone knows DIDIT's field names,
 * and text needs no JSON provider of the client's to agree with ours. The paths are on the methods,
 * not the interface: the server would take an interface annotated {@code @Path} for one of its own
 * resources and serve DIDIT's API at {@code /api/v1/v3/session} ({@code ArchitectureTest} keeps it
 * so).
 */
public interface DiditApi {

  /** Create Session: {@code 201} with {@code session_id}, {@code url} and {@code status}. */
  @POST
  @Path("/v3/session/")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  String createSession(@HeaderParam("x-api-key") String apiKey, String body);
}
