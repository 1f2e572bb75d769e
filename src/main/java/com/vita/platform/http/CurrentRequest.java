package com.vita.platform.http;

/**
 * The id, path and client address of the request the current thread serves, for log lines, problem
 * documents and audit records produced far from the servlet API. Set and cleared by {@link
 * RequestIdFilter}.
 */
public final class CurrentRequest {

  private record Context(String id, String path, String clientIp) {}

  private static final ThreadLocal<Context> CURRENT = new ThreadLocal<>();

  private CurrentRequest() {}

  static void begin(String id, String path, String clientIp) {
    CURRENT.set(new Context(id, path, clientIp));
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

  /**
   * The address the connection came from, or {@code null} outside a request. Behind a proxy this is
   * the proxy's address: forwarded headers are not trusted until VITA knows which proxies are its
   * own.
   */
  public static String clientIp() {
    Context context = CURRENT.get();
    return context == null ? null : context.clientIp();
  }
}
