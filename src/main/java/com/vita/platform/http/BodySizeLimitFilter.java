package com.vita.platform.http;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses bodies over {@code REQUEST_MAX_BYTES} with 413: at once when the declared length is too
 * large, and while reading when a chunked body grows past the limit (so a lying client cannot
 * stream an unbounded body into a parser). {@code multipart/form-data} bodies carry several
 * documents, each held to {@code storage.max-bytes} by storage, so they have a limit of their own
 * ({@code REQUEST_MULTIPART_MAX_BYTES}); every other body keeps {@code REQUEST_MAX_BYTES}.
 */
public class BodySizeLimitFilter extends HttpFilter {

  private static final String MULTIPART_FORM_DATA = "multipart/form-data";

  @Inject
  @ConfigProperty(name = "request.max-bytes", defaultValue = "10485760")
  long maxBytes;

  @Inject
  @ConfigProperty(name = "request.multipart-max-bytes", defaultValue = "52428800")
  long multipartMaxBytes;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    long limit = limitFor(request.getContentType(), maxBytes, multipartMaxBytes);
    if (request.getContentLengthLong() > limit) {
      // The error page renders the 413 as problem+json; throwing would log a stack trace.
      response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
      return;
    }
    chain.doFilter(new LimitedRequest(request, limit), response);
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

  private static final class LimitedRequest extends HttpServletRequestWrapper {
    private final long limit;
    private ServletInputStream limited;

    LimitedRequest(HttpServletRequest request, long limit) {
      super(request);
      this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (limited == null) {
        limited = new LimitedInputStream(super.getInputStream(), limit);
      }
      return limited;
    }
  }

  private static final class LimitedInputStream extends ServletInputStream {
    private final ServletInputStream in;
    private final long limit;
    private long read;

    LimitedInputStream(ServletInputStream in, long limit) {
      this.in = in;
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = in.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) {
      read += n;
      if (read > limit) {
        throw new RequestTooLargeException(limit);
      }
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }
  }
}
