package com.vita.platform.storage;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Recognises a document by its first bytes (magic numbers), never by its name or the client's
 * {@code Content-Type}, both of which the client chooses: a renamed executable stays an executable.
 */
public final class ContentSniffer {

  /** How many leading bytes {@link #sniff} needs to decide. */
  public static final int HEAD_BYTES = 512;

  private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
  private static final byte[] ZIP = {'P', 'K', 0x03, 0x04};
  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private ContentSniffer() {}

  /** The type the head of a document shows, or empty when it is none VITA keeps (or empty). */
  public static Optional<DocumentMediaType> sniff(byte[] head) {
    if (startsWith(head, PDF)) {
      return Optional.of(DocumentMediaType.PDF);
    }
    if (startsWith(head, JPEG)) {
      return Optional.of(DocumentMediaType.JPEG);
    }
    if (startsWith(head, PNG)) {
      return Optional.of(DocumentMediaType.PNG);
    }
    if (startsWith(head, ZIP)) {
      // Any ZIP (also a .docx or a .jar) starts so; the import reader opens the workbook and
      // refuses what is not one. Only CATALOG_IMPORT accepts XLSX at all.
      return Optional.of(DocumentMediaType.XLSX);
    }
    if (isPlainText(head)) {
      return Optional.of(DocumentMediaType.CSV);
    }
    return Optional.empty();
  }

  /**
   * Text without control characters that does not open with markup. Markup is refused because a
   * browser would render HTML or SVG (and run its scripts) if it were ever served inline.
   */
  private static boolean isPlainText(byte[] head) {
    if (!isUtf8(head)) {
      return false;
    }
    int start = startsWith(head, UTF8_BOM) ? UTF8_BOM.length : 0;
    int firstVisible = -1;
    for (int i = start; i < head.length; i++) {
      int b = head[i] & 0xFF;
      boolean whitespace = b == '\t' || b == '\n' || b == '\r' || b == ' ';
      if (b < 0x20 && !whitespace || b == 0x7F) {
        return false;
      }
      if (firstVisible < 0 && !whitespace) {
        firstVisible = b;
      }
    }
    return firstVisible >= 0 && firstVisible != '<';
  }

  /** Valid UTF-8, allowing a character cut off by the end of the head. */
  private static boolean isUtf8(byte[] head) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    CharBuffer out = CharBuffer.allocate(head.length);
    return !decoder.decode(ByteBuffer.wrap(head), out, false).isError();
  }

  private static boolean startsWith(byte[] head, byte[] magic) {
    return head.length >= magic.length
        && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
  }
}
