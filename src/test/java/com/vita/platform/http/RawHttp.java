package com.vita.platform.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * HTTP/1.1 on a bare socket, for clients no HTTP library would be: one that sends its body a byte
 * at a time, or keeps sending after the server has answered.
 */
final class RawHttp {

  private RawHttp() {}

  /** What came back: the status, the raw header block and the body, as text. */
  record Answer(int status, String headers, String body) {
    boolean isProblem() {
      return headers.toLowerCase(Locale.ROOT).contains("content-type: application/problem+json");
    }
  }

  /** A connection to the server with the request line and headers already sent. */
  static Socket open(URI base, String head) throws IOException {
    Socket socket = new Socket();
    socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5000);
    socket.getOutputStream().write(head.getBytes(StandardCharsets.ISO_8859_1));
    socket.getOutputStream().flush();
    return socket;
  }

  /** Sends one more byte; false when the server has closed the connection. */
  static boolean trickle(Socket socket, int b) {
    try {
      OutputStream out = socket.getOutputStream();
      out.write(b);
      out.flush();
      return true;
    } catch (IOException closed) {
      return false;
    }
  }

  /** Whether the server has sent something (an answer) without reading it. */
  static boolean hasAnswered(Socket socket) throws IOException {
    return socket.getInputStream().available() > 0;
  }

  /**
   * Reads the answer until the server closes the connection (all answers here close it) or the
   * timeout passes.
   */
  static Answer read(Socket socket, int timeoutMillis) throws IOException {
    socket.setSoTimeout(timeoutMillis);
    InputStream in = socket.getInputStream();
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    byte[] chunk = new byte[8192];
    try {
      for (int n; (n = in.read(chunk)) >= 0; ) {
        all.write(chunk, 0, n);
      }
    } catch (SocketTimeoutException stillOpen) {
      if (all.size() == 0) {
        throw stillOpen;
      }
    }
    String text = all.toString(StandardCharsets.UTF_8);
    int end = text.indexOf("\r\n\r\n");
    if (!text.startsWith("HTTP/1.1 ") || end < 0) {
      throw new IOException("Not an HTTP answer: " + text);
    }
    return new Answer(
        Integer.parseInt(text.substring(9, 12)), text.substring(0, end), text.substring(end + 4));
  }
}
