package com.vita.platform.storage;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Real leading bytes of the document types, padded with a body. */
final class Samples {

  private Samples() {}

  static byte[] pdf() {
    return ("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n")
        .getBytes(StandardCharsets.ISO_8859_1);
  }

  static byte[] jpeg() {
    return withBody(
        new byte[] {
          (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0x00, 0x10, 'J', 'F', 'I', 'F', 0x00
        });
  }

  static byte[] png() {
    return withBody(
        new byte[] {
          (byte) 0x89,
          'P',
          'N',
          'G',
          0x0D,
          0x0A,
          0x1A,
          0x0A,
          0x00,
          0x00,
          0x00,
          0x0D,
          'I',
          'H',
          'D',
          'R'
        });
  }

  static byte[] xlsx() {
    return withBody(new byte[] {'P', 'K', 0x03, 0x04, 0x14, 0x00, 0x06, 0x00});
  }

  /** A Windows executable, whatever name it is uploaded under. */
  static byte[] exe() {
    return withBody(new byte[] {'M', 'Z', (byte) 0x90, 0x00, 0x03, 0x00, 0x00, 0x00});
  }

  static byte[] withBody(byte[] head) {
    byte[] bytes = Arrays.copyOf(head, head.length + 200);
    for (int i = head.length; i < bytes.length; i++) {
      bytes[i] = (byte) (i * 31);
    }
    return bytes;
  }
}
