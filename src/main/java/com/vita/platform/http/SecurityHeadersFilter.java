package com.vita.platform.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The headers of seed 003's checklist on every response. The API serves JSON only, so its CSP
 * forbids everything; the documentation UI gets just what Swagger UI needs from its own origin.
 * HSTS is sent always, browsers ignore it on plain HTTP.
 */
public class SecurityHeadersFilter extends HttpFilter {

  private static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";
  private static final String DOCUMENTATION_POLICY =
      "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline';"
          + " frame-ancestors 'none'";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("Content-Security-Policy", policyFor(request.getRequestURI()));
    response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("Cache-Control", "no-store");
    chain.doFilter(request, response);
  }

  private static String policyFor(String path) {
    return path.startsWith("/openapi-ui/") ? DOCUMENTATION_POLICY : API_POLICY;
  }
}
