package com.vita.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An HTTP/1.1 exchange on a raw socket, for requests no HTTP client sends: a duplicate {@code
 * Host}, a chosen {@code Host}, a bad chunk, {@code TRACE}. The request must ask for {@code
 * Connection: close}; the answer is read until the server closes.
 */
public record RawHttp(int status, List<String> headers, String body) {

  public static RawHttp send(String head, byte[] rest) throws IOException {
    URI server = VitaTestServer.baseUri();
    try (Socket socket = new Socket(server.getHost(), server.getPort())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(head.getBytes(StandardCharsets.ISO_8859_1));
      out.write(rest);
      out.flush();
      return parse(readAll(socket.getInputStream()));
    }
  }

  public static RawHttp send(String head) throws IOException {
    return send(head, new byte[0]);
  }

  /** The first value of a header (any case), if the answer has it. */
  public Optional<String> header(String name) {
    String prefix = name.toLowerCase(Locale.ROOT) + ":";
    return headers.stream()
        .filter(h -> h.toLowerCase(Locale.ROOT).startsWith(prefix))
        .map(h -> h.substring(prefix.length()).strip())
        .findFirst();
  }

  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        all.write(buffer, 0, n);
      }
    } catch (SocketTimeoutException | java.net.SocketException ended) {
      // a server that refuses a request may reset the connection after its answer
    }
    return all.toByteArray();
  }

  private static RawHttp parse(byte[] raw) {
    String text = new String(raw, StandardCharsets.UTF_8);
    int end = text.indexOf("\r\n\r\n");
    String head = end < 0 ? text : text.substring(0, end);
    String rest = end < 0 ? "" : text.substring(end + 4);
    String[] lines = head.split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    List<String> headers = new ArrayList<>(List.of(lines).subList(1, lines.length));
    boolean chunked =
        headers.stream().anyMatch(h -> h.equalsIgnoreCase("Transfer-Encoding: chunked"));
    return new RawHttp(status, headers, chunked ? dechunked(rest) : rest);
  }

  private static String dechunked(String chunked) {
    StringBuilder body = new StringBuilder();
    int at = 0;
    while (at < chunked.length()) {
      int lineEnd = chunked.indexOf("\r\n", at);
      int size = Integer.parseInt(chunked.substring(at, lineEnd).strip(), 16);
      if (size == 0) {
        break;
      }
      body.append(chunked, lineEnd + 2, lineEnd + 2 + size);
      at = lineEnd + 2 + size + 2;
    }
    return body.toString();
  }
}
