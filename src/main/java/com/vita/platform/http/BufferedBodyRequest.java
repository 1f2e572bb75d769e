package com.vita.platform.http;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;

/**
 * The request as the application sees it once {@link BodyReader} has read its whole body: the body
 * comes from the {@link BodyBuffer}, so no read waits for the network, and its length is known.
 */
final class BufferedBodyRequest extends HttpServletRequestWrapper {

  private final BodyBuffer body;
  private final RequestBodyFilter.Continuation continuation;
  private ServletInputStream stream;
  private BufferedReader reader;
  private Map<String, String[]> formParameters;

  BufferedBodyRequest(
      HttpServletRequest request, BodyBuffer body, RequestBodyFilter.Continuation continuation) {
    super(request);
    this.body = body;
    this.continuation = continuation;
  }

  BodyBuffer body() {
    return body;
  }

  /** How the application is reached, with the identity of the request's first pass. */
  RequestBodyFilter.Continuation continuation() {
    return continuation;
  }

  @Override
  public ServletInputStream getInputStream() throws IOException {
    if (reader != null) {
      throw new IllegalStateException("getReader() was already called");
    }
    if (stream == null) {
      stream = new BufferedStream(body.open());
    }
    return stream;
  }

  @Override
  public BufferedReader getReader() throws IOException {
    if (stream != null) {
      throw new IllegalStateException("getInputStream() was already called");
    }
    if (reader == null) {
      String encoding = getCharacterEncoding();
      Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
      reader = new BufferedReader(new InputStreamReader(body.open(), charset));
    }
    return reader;
  }

  /*
   * A form's parameters come from the buffered body: the container would look for them in the
   * network stream, which the first pass has already read (a servlet's getParameter saw nothing).
   */
  @Override
  public String getParameter(String name) {
    String[] values = getParameterMap().get(name);
    return values == null || values.length == 0 ? null : values[0];
  }

  @Override
  public Map<String, String[]> getParameterMap() {
    if (!isForm()) {
      return super.getParameterMap();
    }
    if (formParameters == null) {
      formParameters = FormParameters.of(getQueryString(), formBody(), formCharset());
    }
    return formParameters;
  }

  @Override
  public Enumeration<String> getParameterNames() {
    return Collections.enumeration(getParameterMap().keySet());
  }

  @Override
  public String[] getParameterValues(String name) {
    return getParameterMap().get(name);
  }

  private boolean isForm() {
    String type = getContentType();
    return type != null
        && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
  }

  private String formBody() {
    try (InputStream in = body.open()) {
      return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1); // still percent-encoded
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Charset formCharset() {
    String encoding = getCharacterEncoding();
    return encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
  }

  @Override
  public long getContentLengthLong() {
    return body.size();
  }

  @Override
  public int getContentLength() {
    return body.size() > Integer.MAX_VALUE ? -1 : (int) body.size();
  }

  /** A blocking stream that never blocks: everything is already here. */
  private static final class BufferedStream extends ServletInputStream {
    private final InputStream in;
    private boolean finished;

    BufferedStream(InputStream in) {
      this.in = in;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      finished = b < 0;
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = in.read(buffer, offset, length);
      finished = n < 0;
      return n;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }

    @Override
    public boolean isFinished() {
      return finished;
    }

    @Override
    public boolean isReady() {
      return true;
    }

    @Override
    public void setReadListener(ReadListener listener) {
      try {
        listener.onDataAvailable();
        listener.onAllDataRead();
      } catch (IOException e) {
        listener.onError(e);
      }
    }
  }
}
