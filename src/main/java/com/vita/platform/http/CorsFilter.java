package com.vita.platform.http;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * CORS for the origins in {@code CORS_ORIGINS}. Credentials are allowed only for origins named
 * explicitly: a {@code *} entry lets any origin read public responses, never with cookies or
 * authorization. Preflights are answered here and go no further.
 */
public class CorsFilter extends HttpFilter {

  private static final String ALLOWED_METHODS = "GET, POST, PUT, PATCH, DELETE, OPTIONS";
  private static final String ALLOWED_HEADERS =
      "Authorization, Content-Type, Idempotency-Key, X-Request-Id";
  private static final String EXPOSED_HEADERS =
      "X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, Retry-After, Location";

  @Inject
  @ConfigProperty(name = "cors.origins", defaultValue = "http://localhost:3000")
  List<String> allowedOrigins;

  @Inject
  @ConfigProperty(name = "cors.max-age", defaultValue = "600")
  int maxAgeSeconds;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String origin = request.getHeader("Origin");
    boolean named = origin != null && allowedOrigins.contains(origin);
    boolean wildcard = origin != null && !named && allowedOrigins.contains("*");
    if (named || wildcard) {
      response.setHeader("Access-Control-Allow-Origin", named ? origin : "*");
      response.addHeader("Vary", "Origin");
      response.setHeader("Access-Control-Expose-Headers", EXPOSED_HEADERS);
      if (named) {
        response.setHeader("Access-Control-Allow-Credentials", "true");
      }
    }
    if (isPreflight(request)) {
      if (named || wildcard) {
        response.setHeader("Access-Control-Allow-Methods", ALLOWED_METHODS);
        response.setHeader("Access-Control-Allow-Headers", ALLOWED_HEADERS);
        response.setHeader("Access-Control-Max-Age", Integer.toString(maxAgeSeconds));
      }
      response.setStatus(named || wildcard ? 204 : 403);
      return;
    }
    chain.doFilter(request, response);
  }

  private static boolean isPreflight(HttpServletRequest request) {
    return "OPTIONS".equals(request.getMethod())
        && request.getHeader("Origin") != null
        && request.getHeader("Access-Control-Request-Method") != null;
  }
}
