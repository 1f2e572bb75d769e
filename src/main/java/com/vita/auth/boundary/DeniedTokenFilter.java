package com.vita.auth.boundary;

import com.vita.auth.control.AccessTokenStanding;
import com.vita.auth.control.AccessTokens;
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
 * Refuses access tokens that no longer speak for their account (logged out, or issued before a role
 * change, a password reset or a replayed refresh token: {@link AccessTokenStanding}) before any
 * role check or resource runs, and counts the tokens that reach the application ({@code
 * auth_token_validations_total}).
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class DeniedTokenFilter implements ContainerRequestFilter {

  @Inject AccessTokenStanding standing;
  @Inject MetricRegistry metrics;

  @Override
  public void filter(ContainerRequestContext request) {
    if (request.getSecurityContext().getUserPrincipal() instanceof JsonWebToken token) {
      Object generation = token.getClaim(AccessTokens.GENERATION_CLAIM);
      String refusal =
          standing.refusal(
              token.getSubject(),
              token.getTokenID(),
              generation instanceof Number n ? n : generationOf(generation));
      metrics
          .counter(
              TokenValidationMetrics.NAME, new Tag("result", refusal != null ? "revoked" : "valid"))
          .inc();
      if (refusal != null) {
        request.abortWith(ProblemResponses.response(ProblemType.UNAUTHORIZED, refusal));
      }
    }
  }

  /** MicroProfile JWT may hand a number claim over as a JSON number. */
  private static Number generationOf(Object claim) {
    if (claim instanceof jakarta.json.JsonNumber number) {
      return number.intValue();
    }
    return null;
  }
}
