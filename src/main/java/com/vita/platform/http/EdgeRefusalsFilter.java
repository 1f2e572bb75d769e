package com.vita.platform.http;

import com.vita.platform.problems.BadRequestProblem;
import com.vita.platform.problems.ContainerErrorServlet;
import com.vita.platform.problems.ProblemException;
import com.vita.platform.problems.ProblemType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Enumeration;

/**
 * Refuses, as problem+json with the edge's headers, requests no route of VITA serves:
 *
 * <ul>
 *   <li>more than one {@code Host} header (RFC 9112 §3.2: 400). Two hosts let a proxy and VITA
 *       disagree about which site was asked for, the root of cache poisoning and of links built for
 *       the wrong host;
 *   <li>{@code TRACE} (405). The server lets it through to the application (so that its refusal has
 *       VITA's format instead of an empty body), and here it ends: the servlet default would echo
 *       the request's headers, {@code Authorization} and cookies included.
 * </ul>
 *
 * It also answers {@code OPTIONS} on the server's OpenAPI endpoint itself, with {@code Allow} only:
 * that endpoint is Jersey too, outside VITA's application, and would describe itself in WADL (the
 * Jersey build, the caller's {@code Host}); VITA's own API has WADL off ({@code VitaApplication}).
 */
public class EdgeRefusalsFilter extends HttpFilter {

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if ("TRACE".equals(request.getMethod())) {
      response.setHeader("Allow", "GET, HEAD, POST, PUT, DELETE, PATCH, OPTIONS");
      ContainerErrorServlet.refuse(
          request,
          response,
          new ProblemException(ProblemType.METHOD_NOT_ALLOWED, "TRACE is not served"));
      return;
    }
    if ("OPTIONS".equals(request.getMethod())
        && request.getHeader("Access-Control-Request-Method") == null // a preflight is CORS's
        && isOpenApi(request.getRequestURI())) {
      response.setHeader("Allow", "GET, HEAD, OPTIONS");
      response.setStatus(HttpServletResponse.SC_NO_CONTENT);
      return;
    }
    if (hasSeveral(request.getHeaders("Host"))) {
      ContainerErrorServlet.refuse(
          request, response, new BadRequestProblem("A request must carry exactly one Host header"));
      return;
    }
    chain.doFilter(request, response);
  }

  private static boolean isOpenApi(String path) {
    return path.equals("/openapi") || path.startsWith("/openapi/");
  }

  private static boolean hasSeveral(Enumeration<String> values) {
    if (values == null || !values.hasMoreElements()) {
      return false;
    }
    values.nextElement();
    return values.hasMoreElements();
  }
}
