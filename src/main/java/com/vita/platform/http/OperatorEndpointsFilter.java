package com.vita.platform.http;

import com.vita.platform.ratelimit.ClientAddresses;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Keeps {@code /metrics} and OpenAPI to the clients {@link OperatorEndpoints} allows ({@code
 * web.xml} maps it to those paths only). Anyone else gets the same 404 problem+json as a path that
 * does not exist, so the endpoints are not even confirmed to be there.
 */
public class OperatorEndpointsFilter extends HttpFilter {

  @Inject OperatorEndpoints endpoints;
  @Inject ClientAddresses clients;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path =
        request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    if (!endpoints.permits(path, clients.addressOf(request))) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    chain.doFilter(request, response);
  }
}
