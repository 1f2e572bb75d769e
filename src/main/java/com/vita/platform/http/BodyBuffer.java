package com.vita.platform.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A request body held until the application reads it: the first {@code memoryBytes} on the heap
 * (every JSON body), the rest in a file of the container's temporary directory, so a 50 MB upload
 * costs the heap no more than a small one. {@link #discard()} deletes the file.
 */
final class BodyBuffer {

  private final int memoryBytes;
  private final Path directory;
  private byte[] memory = new byte[1024];
  private int inMemory;
  private Path file;
  private OutputStream spill;
  private long size;

  BodyBuffer(int memoryBytes, Path directory) {
    this.memoryBytes = memoryBytes;
    this.directory = directory;
  }

  void write(byte[] bytes, int offset, int length) throws IOException {
    size += length;
    if (spill == null && inMemory + length <= memoryBytes) {
      if (inMemory + length > memory.length) {
        memory =
            Arrays.copyOf(
                memory, Math.min(memoryBytes, Math.max(memory.length * 2, inMemory + length)));
      }
      System.arraycopy(bytes, offset, memory, inMemory, length);
      inMemory += length;
      return;
    }
    if (spill == null) {
      file = Files.createTempFile(directory, "vita-body-", ".part");
      spill = new java.io.BufferedOutputStream(Files.newOutputStream(file), 64 * 1024);
    }
    spill.write(bytes, offset, length);
  }

  long size() {
    return size;
  }

  /** The whole body from its first byte; call once it is complete. */
  InputStream open() throws IOException {
    InputStream head = new ByteArrayInputStream(memory, 0, inMemory);
    if (spill == null) {
      return head;
    }
    spill.flush();
    return new SequenceInputStream(head, Files.newInputStream(file));
  }

  /** Frees what the body holds: deletes its file, if it needed one. Safe to call twice. */
  void discard() {
    memory = new byte[0];
    inMemory = 0;
    try {
      if (spill != null) {
        spill.close();
      }
      if (file != null) {
        Files.deleteIfExists(file);
      }
    } catch (IOException ignored) {
      // the container's temporary directory is emptied when the application is undeployed
    }
    spill = null;
    file = null;
  }
}
