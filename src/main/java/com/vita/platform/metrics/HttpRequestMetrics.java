package com.vita.platform.metrics;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;
import java.util.Set;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Counts and times every API request as {@code http_requests_total} and {@code
 * http_request_duration_seconds}. Requests that match no resource are tagged {@code UNMATCHED},
 * methods outside the standard ones {@code OTHER}: every label comes from a closed set, so the
 * number of series is bounded whatever clients send.
 */
@Provider
@PreMatching
@Priority(Priorities.USER - 1000)
public class HttpRequestMetrics implements ContainerRequestFilter, ContainerResponseFilter {

  static final String UNMATCHED = "UNMATCHED";
  static final String OTHER = "OTHER";
  private static final Set<String> STANDARD_METHODS =
      Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE");
  private static final String STARTED = HttpRequestMetrics.class.getName() + ".started";

  // Explicit units: without them Payara exports the timer's nanoseconds as if they were seconds.
  private static final Metadata REQUESTS =
      Metadata.builder().withName("http_requests").withDescription("HTTP requests served").build();
  private static final Metadata DURATION =
      Metadata.builder()
          .withName("http_request_duration")
          .withDescription("Time to serve an HTTP request")
          .withUnit(MetricUnits.NANOSECONDS)
          .build();

  @Inject MetricRegistry registry;

  private static final TimerInstances TIMERS = new TimerInstances();

  @Context ResourceInfo resource;

  // The servlet path JAX-RS is mapped to is the @ApplicationPath (/api/v1), whatever the
  // application class is called: platform names no component's class.
  @Context HttpServletRequest servletRequest;

  private volatile RouteTemplates routes;

  @Override
  public void filter(ContainerRequestContext request) {
    request.setProperty(STARTED, System.nanoTime());
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    Object started = request.getProperty(STARTED);
    Tag[] tags = {
      new Tag("method", methodLabel(request.getMethod())),
      new Tag("route", route()),
      new Tag("status", Integer.toString(response.getStatus()))
    };
    registry.counter(REQUESTS, tags).inc();
    if (started instanceof Long nanos) {
      TIMERS.of(registry, DURATION, tags).update(Duration.ofNanos(System.nanoTime() - nanos));
    }
  }

  /**
   * The method as a label: the standard ones by name, anything else (a client may send any token,
   * up to kilobytes) as {@code OTHER}, so no client can add series to {@code /metrics}.
   */
  static String methodLabel(String method) {
    return method != null && STANDARD_METHODS.contains(method) ? method : OTHER;
  }

  private String route() {
    if (resource == null || resource.getResourceMethod() == null) {
      return UNMATCHED;
    }
    return routes().of(resource.getResourceClass(), resource.getResourceMethod());
  }

  private RouteTemplates routes() {
    RouteTemplates built = routes;
    if (built == null) {
      built = new RouteTemplates(servletRequest == null ? "" : servletRequest.getServletPath());
      routes = built;
    }
    return built;
  }
}
