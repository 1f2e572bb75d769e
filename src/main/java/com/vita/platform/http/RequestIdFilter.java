package com.vita.platform.http;

import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Gives every request an id: the caller's {@code X-Request-Id} when it is a sane token (so a trace
 * can cross services), a new UUID otherwise. The id is echoed back, put on the thread for logs and
 * problems, and one access-log line is written per request: when the request completes, also when
 * it went asynchronous to read its body first and came back on an {@code ASYNC} dispatch.
 */
public class RequestIdFilter extends HttpFilter {

  public static final String HEADER = "X-Request-Id";
  private static final String ATTRIBUTE = RequestIdFilter.class.getName() + ".id";

  // Anything else could smuggle newlines or markup into logs.
  private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
  private static final System.Logger ACCESS_LOG = System.getLogger("com.vita.access");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String id = requestIdOf(request);
    response.setHeader(HEADER, id);
    boolean errorDispatch = request.getDispatcherType() == DispatcherType.ERROR;
    if (errorDispatch) {
      // The container renders an error page after the first pass ended: same id. A request the
      // authentication mechanism refused never had a first pass, so it is logged here.
      boolean firstPassLogged = request.getAttribute(ATTRIBUTE) != null;
      String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
      CurrentRequest.begin(id, path, request.getRemoteAddr());
      try {
        chain.doFilter(request, response);
      } finally {
        if (!firstPassLogged) {
          ACCESS_LOG.log(
              System.Logger.Level.INFO,
              "{0} {1} {2} (refused before the application)",
              request.getMethod(),
              path,
              response.getStatus());
        }
        CurrentRequest.end();
      }
      return;
    }
    if (request.getDispatcherType() == DispatcherType.ASYNC) {
      // The second pass of a request whose body was read first (RequestBodyFilter): same id, and
      // the line is written when the whole request completes.
      CurrentRequest.begin(id, request.getRequestURI(), request.getRemoteAddr());
      try {
        chain.doFilter(request, response);
      } finally {
        CurrentRequest.end();
      }
      return;
    }
    request.setAttribute(ATTRIBUTE, id);
    CurrentRequest.begin(id, request.getRequestURI(), request.getRemoteAddr());
    long started = System.nanoTime();
    try {
      chain.doFilter(request, response);
    } finally {
      if (request.isAsyncStarted()) {
        request.getAsyncContext().addListener(new LogWhenComplete(request, response, started));
      } else {
        logAccess(request, response, started);
      }
      CurrentRequest.end();
    }
  }

  private static void logAccess(
      HttpServletRequest request, HttpServletResponse response, long started) {
    ACCESS_LOG.log(
        System.Logger.Level.INFO,
        "{0} {1} {2} {3}ms",
        request.getMethod(),
        request.getRequestURI(),
        response.getStatus(),
        (System.nanoTime() - started) / 1_000_000);
  }

  /** The access line of a request that went asynchronous, once it is over. */
  private record LogWhenComplete(
      HttpServletRequest request, HttpServletResponse response, long started)
      implements AsyncListener {
    @Override
    public void onComplete(AsyncEvent event) {
      logAccess(request, response, started);
    }

    @Override
    public void onTimeout(AsyncEvent event) {}

    @Override
    public void onError(AsyncEvent event) {}

    @Override
    public void onStartAsync(AsyncEvent event) {}
  }

  private static String requestIdOf(HttpServletRequest request) {
    if (request.getAttribute(ATTRIBUTE) instanceof String known) {
      return known;
    }
    String given = request.getHeader(HEADER);
    return given != null && SAFE_ID.matcher(given).matches() ? given : UUID.randomUUID().toString();
  }
}
