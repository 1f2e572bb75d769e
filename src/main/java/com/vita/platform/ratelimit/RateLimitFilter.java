package com.vita.platform.ratelimit;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * The default limit on every API request ({@code web.xml} maps it to {@code /api/v1/*} only, after
 * CORS so preflights are not counted). Tells the client its budget in {@code RateLimit-Limit},
 * {@code RateLimit-Remaining} and {@code RateLimit-Reset}; once it is used up, answers 429 with
 * {@code Retry-After}.
 *
 * <p>Providers' webhooks are not counted: Stripe or a carrier delivers bursts from a handful of
 * addresses (a busy hour would exhaust any per-address budget, and a 429 only delays the money's
 * settlement), and each delivery is authenticated by its signature before any work is done.
 */
public class RateLimitFilter extends HttpFilter {

  private static final int TOO_MANY_REQUESTS = 429;

  /** Path prefixes, under the context, of webhooks whose signature is their identity. */
  static final java.util.List<String> SIGNED_WEBHOOKS =
      java.util.List.of("/api/v1/payments/webhook/", "/api/v1/shipping/webhook/");

  @Inject RequestLimiter limiter;
  @Inject ClientAddresses clients;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (SIGNED_WEBHOOKS.stream().anyMatch(path::startsWith)) {
      chain.doFilter(request, response);
      return;
    }
    Optional<RequestLimiter.Verdict> counted =
        limiter.count(request.getUserPrincipal(), clients.clientOf(request));
    if (counted.isPresent()) {
      RequestLimiter.Verdict verdict = counted.get();
      response.setHeader("RateLimit-Limit", Integer.toString(verdict.limit()));
      response.setHeader("RateLimit-Remaining", Long.toString(verdict.remaining()));
      response.setHeader("RateLimit-Reset", Long.toString(verdict.resetSeconds()));
      if (!verdict.allowed()) {
        response.setHeader("Retry-After", Long.toString(verdict.resetSeconds()));
        // The error page renders the 429 as problem+json, like every error raised outside JAX-RS.
        response.sendError(TOO_MANY_REQUESTS);
        return;
      }
    }
    chain.doFilter(request, response);
  }
}
