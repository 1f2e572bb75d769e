package com.vita.platform.http;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ContextService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads every request body before the application sees it, off the request threads: the body is
 * taken with Servlet non-blocking IO ({@link BodyReader}) into a {@link BodyBuffer}, and only a
 * complete body is dispatched on, as a {@link BufferedBodyRequest}, so the resource's blocking
 * reads never wait for the network. Grizzly has a read timeout per blocking read but no minimum
 * rate, so a client trickling a byte a second would otherwise hold a request thread for as long as
 * it likes, and a few hundred of them hold all of them (finding 1 of the hardening issue).
 *
 * <p>While reading it holds the body to {@code REQUEST_MAX_BYTES} ({@code
 * REQUEST_MULTIPART_MAX_BYTES} for form uploads, whose documents are each held to {@code
 * storage.max-bytes} by storage), refusing a declared length over it at once and a chunked body as
 * soon as it grows past it; to the pace of {@code REQUEST_BODY_TIMEOUT_MS} and {@code
 * REQUEST_BODY_MIN_BYTES_PER_SECOND} ({@link BodyPace}); and a multipart body to {@code
 * REQUEST_MULTIPART_MAX_PARTS} parts with at most {@code REQUEST_MULTIPART_MAX_HEADER_BYTES} of
 * headers each ({@link MultipartShape}, finding 2). A request without a body passes straight on; so
 * does one for a servlet that cannot go asynchronous (none of VITA's resources: only the server's
 * own health, metrics and OpenAPI servlets, which read no body).
 */
public class RequestBodyFilter extends HttpFilter {

  private static final String MULTIPART_FORM_DATA = "multipart/form-data";

  /** Bodies up to this size stay on the heap; larger ones go to a temporary file. */
  static final int MEMORY_BYTES = 256 * 1024;

  @Inject
  @ConfigProperty(name = "request.max-bytes", defaultValue = "10485760")
  long maxBytes;

  @Inject
  @ConfigProperty(name = "request.multipart-max-bytes", defaultValue = "52428800")
  long multipartMaxBytes;

  @Inject
  @ConfigProperty(name = "request.body-timeout-ms", defaultValue = "10000")
  long bodyTimeoutMillis;

  @Inject
  @ConfigProperty(name = "request.body-min-bytes-per-second", defaultValue = "2048")
  long minBytesPerSecond;

  @Inject
  @ConfigProperty(name = "request.multipart-max-parts", defaultValue = "50")
  int maxParts;

  @Inject
  @ConfigProperty(name = "request.multipart-max-header-bytes", defaultValue = "4096")
  int maxPartHeaderBytes;

  @Resource ManagedScheduledExecutorService timer;

  @Resource ContextService contexts;

  @Inject Instance<RequestContextController> requestContexts;

  private BodyPace pace;
  private Path temporaryDirectory;

  @Override
  public void init() throws ServletException {
    pace = new BodyPace(bodyTimeoutMillis, minBytesPerSecond);
    Object tempdir = getServletContext().getAttribute(ServletContext.TEMPDIR);
    temporaryDirectory =
        tempdir instanceof File dir ? dir.toPath() : Path.of(System.getProperty("java.io.tmpdir"));
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getDispatcherType() == DispatcherType.ASYNC) {
      dispatched(request, response, chain);
      return;
    }
    long limit = limitFor(request.getContentType(), maxBytes, multipartMaxBytes);
    if (request.getContentLengthLong() > limit) {
      // The error page renders the 413 as problem+json; throwing would log a stack trace.
      response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
      return;
    }
    // An HTTP/2 upgrade (h2c, which Java's HttpClient asks for on plain HTTP) is left to Grizzly:
    // read without a thread, its body never reached the listener. Load balancers do not forward
    // the hop-by-hop Upgrade header, so only a client on VITA's own port can take this path.
    if (!hasBody(request) || !request.isAsyncSupported() || request.getHeader("Upgrade") != null) {
      chain.doFilter(new LimitedRequest(request, limit), response);
      return;
    }
    BodyBuffer buffer = new BodyBuffer(MEMORY_BYTES, temporaryDirectory);
    Continuation continuation = contexts.createContextualProxy(new Proceed(), Continuation.class);
    AsyncContext async =
        request.startAsync(new BufferedBodyRequest(request, buffer, continuation), response);
    async.setTimeout(pace.ceilingMillis(limit));
    BodyReader.Limits limits =
        new BodyReader.Limits(
            limit,
            pace,
            MultipartShape.forContentType(request.getContentType(), maxParts, maxPartHeaderBytes));
    new BodyReader(async, request.getInputStream(), response, buffer, limits, timer).start();
  }

  /**
   * The second pass, with the whole body: on to the application, then the buffer is freed. Payara
   * runs it on one of its async threads, which carries neither the caller's identity nor a CDI
   * request context: the identity is the one captured on the first pass ({@link Continuation}), and
   * a request context is opened here for the request-scoped beans (resources, {@code Caller}).
   */
  private void dispatched(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!(request instanceof BufferedBodyRequest buffered)) {
      chain.doFilter(request, response); // an application's own async dispatch
      return;
    }
    RequestContextController context = requestContexts.get();
    boolean opened = context.activate();
    try {
      buffered.continuation().proceed(chain, request, response);
    } finally {
      if (opened) {
        context.deactivate();
      }
      requestContexts.destroy(context);
      buffered.body().discard();
    }
  }

  /**
   * The rest of the filter chain, as a contextual proxy of the container's {@link ContextService}
   * made on the first pass: it runs with that pass's security context, so the token verified then
   * is the caller's identity now ({@code isUserInRole}, {@code JsonWebToken}), never whatever an
   * earlier request left on the async thread.
   */
  public interface Continuation {
    void proceed(FilterChain chain, ServletRequest request, ServletResponse response)
        throws IOException, ServletException;
  }

  private static final class Proceed implements Continuation {
    @Override
    public void proceed(FilterChain chain, ServletRequest request, ServletResponse response)
        throws IOException, ServletException {
      chain.doFilter(request, response);
    }
  }

  /** A declared length, or a chunked body (HTTP/1.1 allows no other way to send one). */
  static boolean hasBody(HttpServletRequest request) {
    return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
  }

  /** The limit for a body of this content type: the multipart one for form uploads only. */
  static long limitFor(String contentType, long maxBytes, long multipartMaxBytes) {
    if (contentType == null) {
      return maxBytes;
    }
    int parameters = contentType.indexOf(';');
    String type = (parameters < 0 ? contentType : contentType.substring(0, parameters)).strip();
    return MULTIPART_FORM_DATA.equalsIgnoreCase(type) ? multipartMaxBytes : maxBytes;
  }
}
