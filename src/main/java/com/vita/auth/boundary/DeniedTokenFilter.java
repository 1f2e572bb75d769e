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
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Refuses access tokens revoked by logout, before any role check or resource runs, and counts the
 * tokens that reach the application ({@code auth_token_validations_total}).
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class DeniedTokenFilter implements ContainerRequestFilter {

  @Inject DeniedAccessTokens deniedTokens;
  @Inject MetricRegistry metrics;

  @Override
  public void filter(ContainerRequestContext request) {
    if (request.getSecurityContext().getUserPrincipal() instanceof JsonWebToken token) {
      boolean revoked = deniedTokens.isDenied(token.getTokenID());
      metrics
          .counter(TokenValidationMetrics.NAME, new Tag("result", revoked ? "revoked" : "valid"))
          .inc();
      if (revoked) {
        request.abortWith(
            ProblemResponses.response(ProblemType.UNAUTHORIZED, "This access token was revoked"));
      }
    }
  }
}
