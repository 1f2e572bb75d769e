package com.vita.platform.metrics;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The route template a resource method answers, e.g. {@code /api/v1/shipping/methods/{country}},
 * built from the {@code @ApplicationPath} and {@code @Path} annotations once per method.
 */
final class RouteTemplates {

  /** {@code {id: [0-9]+}} becomes {@code {id}}: the regex is not part of the route's name. */
  private static final Pattern PARAMETER_REGEX = Pattern.compile("\\{\\s*(\\w[\\w.-]*)\\s*:[^}]*}");

  private final String applicationPath;
  private final Map<Method, String> cache = new ConcurrentHashMap<>();

  /**
   * @param applicationPath where the application is mapped, e.g. {@code /api/v1}
   */
  RouteTemplates(String applicationPath) {
    this.applicationPath = applicationPath == null ? "" : applicationPath;
  }

  /** The same, from the {@code @ApplicationPath} of the application's class. */
  RouteTemplates(Class<?> application) {
    this(applicationPathOf(application));
  }

  private static String applicationPathOf(Class<?> application) {
    ApplicationPath path = application.getAnnotation(ApplicationPath.class);
    return path == null ? "" : path.value();
  }

  String of(Class<?> resource, Method method) {
    return cache.computeIfAbsent(method, m -> build(resource, m));
  }

  private String build(Class<?> resource, Method method) {
    StringBuilder route = new StringBuilder();
    append(route, applicationPath);
    Path classPath = resource.getAnnotation(Path.class);
    if (classPath != null) {
      append(route, classPath.value());
    }
    Path methodPath = method.getAnnotation(Path.class);
    if (methodPath != null) {
      append(route, methodPath.value());
    }
    return route.length() == 0 ? "/" : PARAMETER_REGEX.matcher(route).replaceAll("{$1}");
  }

  private static void append(StringBuilder route, String segment) {
    String trimmed = segment.replaceAll("^/+|/+$", "");
    if (!trimmed.isEmpty()) {
      route.append('/').append(trimmed);
    }
  }
}
