package com.vita.auth.boundary;

import com.vita.auth.control.DeniedAccessTokens;
import com.vita.platform.problems.ProblemResponses;
import com.vita.platform.problems.ProblemType;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Refuses access tokens revoked by logout, before any role check or resource runs. */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class DeniedTokenFilter implements ContainerRequestFilter {

  @Inject DeniedAccessTokens deniedTokens;

  @Override
  public void filter(ContainerRequestContext request) {
    if (request.getSecurityContext().getUserPrincipal() instanceof JsonWebToken token
        && deniedTokens.isDenied(token.getTokenID())) {
      request.abortWith(
          ProblemResponses.response(ProblemType.UNAUTHORIZED, "This access token was revoked"));
    }
  }
}
