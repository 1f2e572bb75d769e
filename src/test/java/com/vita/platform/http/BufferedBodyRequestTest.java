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

  private BufferedBodyRequest requestWith(String body, String encoding) throws IOException {
    BodyBuffer buffer = new BodyBuffer(1024, directory);
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    buffer.write(bytes, 0, bytes.length);
    HttpServletRequest original =
        (HttpServletRequest)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) ->
                    method.getName().equals("getCharacterEncoding") ? encoding : null);
    BufferedBodyRequest request =
        new BufferedBodyRequest(original, buffer, (chain, req, res) -> {});
    assertArrayEquals(bytes, buffer.open().readAllBytes());
    return request;
  }
}
