package com.vita.platform.http;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Counts the parts of a multipart body and measures each part's header block while the bytes stream
 * past, before any parser sees them: a body of hundreds of thousands of one-byte parts (each one an
 * object, a header map and a buffer in the MIME parser) is refused after its first few kilobytes.
 * It looks for the delimiter {@code CRLF--boundary} of RFC 2046 (the first one may open the body
 * without its CRLF), counts a part at every delimiter that is not the closing one ({@code
 * --boundary--}) and counts the bytes from the delimiter to the blank line that ends the part's
 * headers. It validates nothing else: what is not refused here, the parser still judges.
 */
final class MultipartShape {

  private static final byte[] HEADERS_END = {'\r', '\n', '\r', '\n'};

  private enum State {
    CONTENT,
    AFTER_DELIMITER,
    AFTER_FIRST_DASH,
    HEADERS,
    EPILOGUE
  }

  private final BytePattern delimiter;
  private final BytePattern headersEnd = new BytePattern(HEADERS_END);
  private final int maxParts;
  private final int maxHeaderBytes;
  private State state = State.CONTENT;
  private int parts;
  private int headerBytes;

  MultipartShape(String boundary, int maxParts, int maxHeaderBytes) {
    this.delimiter = new BytePattern(("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1));
    this.delimiter.assumeMatched(2); // the body may start with the delimiter, without a CRLF
    this.maxParts = maxParts;
    this.maxHeaderBytes = maxHeaderBytes;
  }

  /**
   * The shape checker for a request of this content type: any {@code multipart/*} type with a
   * boundary (one without is left to the parser, which cannot split it either).
   */
  static Optional<MultipartShape> forContentType(
      String contentType, int maxParts, int maxHeaderBytes) {
    if (contentType == null
        || !contentType.strip().toLowerCase(Locale.ROOT).startsWith("multipart/")) {
      return Optional.empty();
    }
    return boundaryOf(contentType).map(b -> new MultipartShape(b, maxParts, maxHeaderBytes));
  }

  /** The {@code boundary} parameter, quoted or not (RFC 2046: 1 to 70 characters). */
  static Optional<String> boundaryOf(String contentType) {
    for (String parameter : contentType.split(";")) {
      int equals = parameter.indexOf('=');
      if (equals < 0 || !parameter.substring(0, equals).strip().equalsIgnoreCase("boundary")) {
        continue;
      }
      String value = parameter.substring(equals + 1).strip();
      if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
        value = value.substring(1, value.length() - 1);
      }
      return value.isEmpty() || value.length() > 70 ? Optional.empty() : Optional.of(value);
    }
    return Optional.empty();
  }

  /**
   * Takes the next bytes of the body.
   *
   * @return why the body is refused, or empty while it keeps within the limits
   */
  Optional<String> accept(byte[] bytes, int offset, int length) {
    for (int i = offset; i < offset + length; i++) {
      byte b = bytes[i];
      switch (state) {
        case CONTENT -> {
          if (delimiter.matches(b)) {
            state = State.AFTER_DELIMITER;
          }
        }
        case AFTER_DELIMITER -> {
          if (b == '-') {
            state = State.AFTER_FIRST_DASH;
          } else if (startPart(b)) {
            return refusal();
          }
        }
        case AFTER_FIRST_DASH -> {
          if (b == '-') {
            state = State.EPILOGUE; // the closing delimiter: nothing after it is a part
          } else if (startPart((byte) '-') || header(b)) {
            return refusal();
          }
        }
        case HEADERS -> {
          if (header(b)) {
            return refusal();
          }
        }
        case EPILOGUE -> {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  int parts() {
    return parts;
  }

  /** A delimiter opened a part whose header block begins with this byte; true when too many. */
  private boolean startPart(byte first) {
    parts++;
    state = State.HEADERS;
    headerBytes = 0;
    headersEnd.reset();
    return parts > maxParts || header(first);
  }

  /** One byte of a header block; true when the block grew too large. */
  private boolean header(byte b) {
    headerBytes++;
    if (headersEnd.matches(b)) {
      state = State.CONTENT;
      delimiter.reset();
    }
    return headerBytes > maxHeaderBytes;
  }

  private Optional<String> refusal() {
    return Optional.of(
        parts > maxParts
            ? "A multipart body may have at most " + maxParts + " parts"
            : "The headers of a multipart part may have at most " + maxHeaderBytes + " bytes");
  }

  /** Finds a fixed byte sequence in a stream, one byte at a time (Knuth-Morris-Pratt). */
  static final class BytePattern {
    private final byte[] pattern;
    private final int[] fallback;
    private int matched;

    BytePattern(byte[] pattern) {
      this.pattern = pattern;
      this.fallback = new int[pattern.length];
      for (int i = 1, k = 0; i < pattern.length; i++) {
        while (k > 0 && pattern[i] != pattern[k]) {
          k = fallback[k - 1];
        }
        if (pattern[i] == pattern[k]) {
          k++;
        }
        fallback[i] = k;
      }
    }

    void assumeMatched(int count) {
      matched = count;
    }

    void reset() {
      matched = 0;
    }

    /** True when this byte completes the pattern (then matching starts over). */
    boolean matches(byte b) {
      while (matched > 0 && b != pattern[matched]) {
        matched = fallback[matched - 1];
      }
      if (b == pattern[matched]) {
        matched++;
      }
      if (matched == pattern.length) {
        matched = 0;
        return true;
      }
      return false;
    }
  }
}
