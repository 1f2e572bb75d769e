package com.vita.platform.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BufferedBodyRequestTest {

  @TempDir Path directory;

  @Test
  void theApplicationReadsTheBufferedBodyAndItsLength() throws IOException {
    BufferedBodyRequest request = requestWith("{\"email\":\"ana@example.com\"}", null);
    assertEquals(27, request.getContentLengthLong());
    assertEquals(27, request.getContentLength());
    ServletInputStream in = request.getInputStream();
    assertTrue(in.isReady());
    byte[] first = new byte[2];
    assertEquals(2, in.read(first, 0, 2));
    assertEquals('e', in.read());
    byte[] rest = in.readAllBytes();
    assertEquals("mail\":\"ana@example.com\"}", new String(rest, StandardCharsets.UTF_8));
    assertTrue(in.isFinished());
    assertEquals(-1, in.read());
    in.close();
    assertThrows(IllegalStateException.class, request::getReader);
  }

  @Test
  void theReaderUsesTheRequestsCharset() throws IOException {
    BufferedBodyRequest request = requestWith("Ñuñoa", "UTF-8");
    assertEquals("Ñuñoa", request.getReader().readLine());
    assertThrows(IllegalStateException.class, request::getInputStream);
  }

  @Test
  void aListenerIsToldAtOnceThatEverythingIsHere() throws IOException {
    List<String> calls = new ArrayList<>();
    requestWith("x", null)
        .getInputStream()
        .setReadListener(
            new ReadListener() {
              @Override
              public void onDataAvailable() {
                calls.add("data");
              }

              @Override
              public void onAllDataRead() throws IOException {
                throw new IOException("broken");
              }

              @Override
              public void onError(Throwable t) {
                calls.add("error " + t.getMessage());
              }
            });
    assertEquals(List.of("data", "error broken"), calls);
  }

  @Test
  void aFormsParametersComeFromTheBufferedBody() throws IOException {
    BufferedBodyRequest request =
        requestWith(
            "to=ana%40example.cl&text=Hola+%C3%91and%C3%BA&tag=b&flag",
            null, "application/x-www-form-urlencoded; charset=UTF-8", "tag=a");
    assertEquals("ana@example.cl", request.getParameter("to"));
    assertEquals("Hola Ñandú", request.getParameter("text"));
    assertArrayEquals(new String[] {"a", "b"}, request.getParameterValues("tag"));
    assertEquals("", request.getParameter("flag"));
    assertEquals(null, request.getParameter("missing"));
    assertEquals(
        List.of("tag", "to", "text", "flag"), Collections.list(request.getParameterNames()));
  }

  private BufferedBodyRequest requestWith(String body, String encoding) throws IOException {
    return requestWith(body, encoding, null, null);
  }

  private BufferedBodyRequest requestWith(
      String body, String encoding, String contentType, String query) throws IOException {
    BodyBuffer buffer = new BodyBuffer(1024, directory);
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    buffer.write(bytes, 0, bytes.length);
    HttpServletRequest original =
        (HttpServletRequest)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) ->
                    switch (method.getName()) {
                      case "getCharacterEncoding" -> encoding;
                      case "getContentType" -> contentType;
                      case "getQueryString" -> query;
                      default -> null;
                    });
    BufferedBodyRequest request =
        new BufferedBodyRequest(original, buffer, (chain, req, res) -> {});
    assertArrayEquals(bytes, buffer.open().readAllBytes());
    return request;
  }
}
