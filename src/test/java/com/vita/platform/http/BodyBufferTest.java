package com.vita.platform.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BodyBufferTest {

  @TempDir Path directory;

  @Test
  void aSmallBodyStaysOnTheHeap() throws IOException {
    BodyBuffer buffer = new BodyBuffer(4096, directory);
    byte[] body = bytes(3000);
    buffer.write(body, 0, 1000);
    buffer.write(body, 1000, 2000);
    assertEquals(3000, buffer.size());
    assertArrayEquals(body, readAll(buffer));
    assertEquals(0, filesIn(directory));
  }

  @Test
  void aLargeBodySpillsToAFileThatDiscardDeletes() throws IOException {
    BodyBuffer buffer = new BodyBuffer(1024, directory);
    byte[] body = bytes(100_000);
    for (int offset = 0; offset < body.length; offset += 700) {
      buffer.write(body, offset, Math.min(700, body.length - offset));
    }
    assertEquals(1, filesIn(directory));
    assertArrayEquals(body, readAll(buffer));
    buffer.discard();
    buffer.discard();
    assertEquals(0, filesIn(directory));
  }

  private static byte[] readAll(BodyBuffer buffer) throws IOException {
    try (InputStream in = buffer.open()) {
      return in.readAllBytes();
    }
  }

  private static byte[] bytes(int n) {
    byte[] bytes = new byte[n];
    new Random(n).nextBytes(bytes);
    return bytes;
  }

  private static long filesIn(Path directory) throws IOException {
    try (var files = Files.list(directory)) {
      return files.count();
    }
  }
}
