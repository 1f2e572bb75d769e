package com.vita.auth.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Counts bearer tokens MicroProfile JWT refused ({@code auth_token_validations_total{result=
 * "rejected"}}). The refusal happens before any application code, so the only place VITA sees it is
 * the error page the container renders for the 401; accepted and revoked tokens are counted by
 * {@link DeniedTokenFilter}. Mapped for the ERROR dispatch only, in web.xml.
 */
public class TokenValidationMetrics extends HttpFilter {

  static final String NAME = "auth_token_validations";

  @Inject MetricRegistry metrics;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String authorization = request.getHeader("Authorization");
    if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED
        && authorization != null
        && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      metrics.counter(NAME, new Tag("result", "rejected")).inc();
    }
    chain.doFilter(request, response);
  }
}
