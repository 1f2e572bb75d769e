package com.vita.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reader's decisions, with the container played by fakes: dispatch, refusals, departures. */
class BodyReaderTest {

  @TempDir Path directory;

  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
  private final List<String> asyncCalls = new ArrayList<>();
  private final Map<String, String> headers = new HashMap<>();
  private final ByteArrayOutputStream written = new ByteArrayOutputStream();
  private final Chunks in = new Chunks();
  private int status;

  @AfterEach
  void stopTimer() {
    timer.shutdownNow();
  }

  @Test
  void aCompleteBodyIsDispatchedWithEveryByte() throws IOException {
    BodyBuffer buffer = new BodyBuffer(1024, directory);
    BodyReader reader = reader(buffer, 100, new BodyPace(10_000, 1), Optional.empty());
    in.add("{\"a\":");
    in.add("1}");
    reader.onDataAvailable();
    reader.onAllDataRead();
    reader.onAllDataRead();
    assertEquals(List.of("dispatch"), asyncCalls);
    assertEquals("{\"a\":1}", new String(buffer.open().readAllBytes(), StandardCharsets.UTF_8));
  }

  @Test
  void aBodyPastTheLimitIsRefusedWith413AndTheConnectionClosed() throws IOException {
    BodyReader reader =
        reader(new BodyBuffer(1024, directory), 4, new BodyPace(10_000, 1), Optional.empty());
    in.add("12345");
    reader.onDataAvailable();
    assertEquals(413, status);
    assertEquals("close", headers.get("Connection"));
    assertEquals("application/problem+json", headers.get("Content-Type"));
    assertTrue(written().contains("exceeds 4 bytes"), written());
    assertEquals(List.of("complete"), asyncCalls);
    reader.onAllDataRead(); // nothing more happens once it is decided
    assertEquals(List.of("complete"), asyncCalls);
  }

  @Test
  void aMisshapenMultipartBodyIsRefusedWith413() throws IOException {
    BodyReader reader =
        reader(
            new BodyBuffer(1024, directory),
            1000,
            new BodyPace(10_000, 1),
            Optional.of(new MultipartShape("b", 1, 100)));
    in.add("--b\r\n\r\nx\r\n--b\r\n\r\ny\r\n");
    reader.onDataAvailable();
    assertEquals(413, status);
    assertTrue(written().contains("at most 1 parts"), written());
  }

  @Test
  void aBodyBehindThePaceIsRefusedWith408ByTheTimer() throws Exception {
    BodyReader reader =
        reader(new BodyBuffer(1024, directory), 1000, new BodyPace(0, 1000), Optional.empty());
    reader.start();
    for (int i = 0; i < 100 && status == 0; i++) {
      Thread.sleep(20);
    }
    synchronized (reader) {
      assertEquals(408, status);
    }
    assertTrue(written().contains("request-timeout"), written());
    assertTrue(asyncCalls.contains("complete"), asyncCalls.toString());
  }

  @Test
  void aTrickleIsRefusedWhenItsBytesArriveBehindThePace() throws Exception {
    BodyReader reader =
        reader(new BodyBuffer(1024, directory), 1000, new BodyPace(0, 1_000_000), Optional.empty());
    Thread.sleep(5);
    in.add("x");
    reader.onDataAvailable();
    assertEquals(408, status);
  }

  @Test
  void theContainersTimeoutIsAlsoTooSlow() {
    BodyReader reader =
        reader(new BodyBuffer(1024, directory), 1000, new BodyPace(10_000, 1), Optional.empty());
    reader.onTimeout(null);
    assertEquals(408, status);
  }

  @Test
  void aClientThatLeavesIsLetGoWithoutAnAnswer() throws IOException {
    BodyBuffer buffer = new BodyBuffer(4, directory);
    BodyReader reader = reader(buffer, 1000, new BodyPace(10_000, 1), Optional.empty());
    in.add("spilled to a file");
    reader.onDataAvailable();
    reader.onError(new AsyncEvent(async(), new IOException("reset")));
    reader.onError(new IOException("again"));
    reader.onComplete(null);
    reader.onStartAsync(null);
    assertEquals(0, status);
    assertEquals(List.of("complete"), asyncCalls);
    try (var files = java.nio.file.Files.list(directory)) {
      assertEquals(0, files.count(), "the spilled body is deleted");
    }
  }

  private BodyReader reader(
      BodyBuffer buffer, long maxBytes, BodyPace pace, Optional<MultipartShape> shape) {
    return new BodyReader(
        async(), in, response(), buffer, new BodyReader.Limits(maxBytes, pace, shape), timer);
  }

  private String written() {
    return written.toString(StandardCharsets.UTF_8);
  }

  private AsyncContext async() {
    return (AsyncContext)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {AsyncContext.class},
            (proxy, method, args) -> {
              if (method.getName().equals("dispatch") || method.getName().equals("complete")) {
                asyncCalls.add(method.getName());
              }
              return null;
            });
  }

  private HttpServletResponse response() {
    ServletOutputStream out =
        new ServletOutputStream() {
          @Override
          public void write(int b) {
            written.write(b);
          }

          @Override
          public boolean isReady() {
            return true;
          }

          @Override
          public void setWriteListener(WriteListener listener) {}
        };
    return (HttpServletResponse)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {HttpServletResponse.class},
            (proxy, method, args) -> {
              switch (method.getName()) {
                case "setStatus" -> status = (Integer) args[0];
                case "setHeader" -> headers.put((String) args[0], (String) args[1]);
                case "setContentType" -> headers.put("Content-Type", (String) args[0]);
                case "getOutputStream" -> {
                  return out;
                }
                default -> {}
              }
              return null;
            });
  }

  /** A request body that arrives in the chunks a test adds. */
  private static final class Chunks extends ServletInputStream {
    private final ArrayDeque<byte[]> chunks = new ArrayDeque<>();

    void add(String chunk) {
      chunks.add(chunk.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      byte[] chunk = chunks.poll();
      System.arraycopy(chunk, 0, buffer, offset, chunk.length);
      return chunk.length;
    }

    @Override
    public int read() {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean isFinished() {
      return false;
    }

    @Override
    public boolean isReady() {
      return !chunks.isEmpty();
    }

    @Override
    public void setReadListener(ReadListener listener) {}
  }
}
