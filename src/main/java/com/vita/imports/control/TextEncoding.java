package com.vita.imports.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Which encoding a CSV is in, and the file as UTF-8 without a BOM, which is how it is stored. A BOM
 * decides (UTF-8, UTF-16 LE/BE); without one, a file that decodes as UTF-8 from start to end is
 * UTF-8, and anything else is Windows-1252, what Excel writes on Windows in Spanish. (Latin-1 is a
 * subset of it, so "ñ" and "ó" read right either way.)
 */
final class TextEncoding {

  private static final int BUFFER = 64 * 1024;

  private TextEncoding() {}

  record Detected(Charset charset, int bomLength) {}

  static Detected detect(Path file) throws IOException {
    byte[] head = new byte[3];
    int n;
    try (InputStream in = Files.newInputStream(file)) {
      n = in.readNBytes(head, 0, 3);
    }
    if (n >= 3
        && (head[0] & 0xFF) == 0xEF
        && (head[1] & 0xFF) == 0xBB
        && (head[2] & 0xFF) == 0xBF) {
      return new Detected(StandardCharsets.UTF_8, 3);
    }
    if (n >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
      return new Detected(StandardCharsets.UTF_16LE, 2);
    }
    if (n >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
      return new Detected(StandardCharsets.UTF_16BE, 2);
    }
    return new Detected(isUtf8(file) ? StandardCharsets.UTF_8 : Charset.forName("windows-1252"), 0);
  }

  private static boolean isUtf8(Path file) throws IOException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.allocate(BUFFER);
    CharBuffer out = CharBuffer.allocate(BUFFER);
    try (var channel = Files.newByteChannel(file)) {
      while (true) {
        int read = channel.read(in);
        in.flip();
        if (decoder.decode(in, out, read < 0).isError()) {
          return false;
        }
        out.clear();
        in.compact();
        if (read < 0) {
          return !decoder.flush(out).isError();
        }
      }
    }
  }

  /**
   * The file as UTF-8 without BOM: the same file when it already is, else a converted copy next to
   * it.
   */
  static Path asUtf8(Path file) throws IOException {
    Detected detected = detect(file);
    if (detected.charset().equals(StandardCharsets.UTF_8) && detected.bomLength() == 0) {
      return file;
    }
    Path converted = file.resolveSibling(file.getFileName() + ".utf8");
    try (InputStream in = Files.newInputStream(file);
        OutputStream out = Files.newOutputStream(converted)) {
      in.skipNBytes(detected.bomLength());
      Reader reader = new InputStreamReader(in, detected.charset());
      Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      reader.transferTo(writer);
      writer.flush();
    }
    return converted;
  }
}
