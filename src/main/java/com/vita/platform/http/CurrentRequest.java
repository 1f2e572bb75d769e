package com.vita.platform.http;

/**
 * The id and path of the request the current thread serves, for log lines and problem documents
 * produced far from the servlet API. Set and cleared by {@link RequestIdFilter}.
 */
public final class CurrentRequest {

  private record Context(String id, String path) {}

  private static final ThreadLocal<Context> CURRENT = new ThreadLocal<>();

  private CurrentRequest() {}

  static void begin(String id, String path) {
    CURRENT.set(new Context(id, path));
  }

  static void end() {
    CURRENT.remove();
  }

  /** The request id, or {@code null} outside a request (timers, start-up). */
  public static String id() {
    Context context = CURRENT.get();
    return context == null ? null : context.id();
  }

  /** The request path, or {@code null} outside a request. */
  public static String path() {
    Context context = CURRENT.get();
    return context == null ? null : context.path();
  }
}
