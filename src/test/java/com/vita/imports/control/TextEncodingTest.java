package com.vita.imports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextEncodingTest {

  @TempDir Path dir;

  private Path file(String name, byte[] bom, String text, Charset charset) throws Exception {
    Path file = dir.resolve(name);
    byte[] body = text.getBytes(charset);
    byte[] all = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, all, 0, bom.length);
    System.arraycopy(body, 0, all, bom.length, body.length);
    Files.write(file, all);
    return file;
  }

  @Test
  void everyEncodingBecomesUtf8WithoutBom() throws Exception {
    String text = "nombre;descripción\nPiñata;añeja €\n".repeat(5000);
    Path cp1252 = file("a.csv", new byte[0], text, Charset.forName("windows-1252"));
    Path bom =
        file(
            "b.csv",
            new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
            text,
            StandardCharsets.UTF_8);
    Path le = file("c.csv", new byte[] {(byte) 0xFF, (byte) 0xFE}, text, StandardCharsets.UTF_16LE);
    Path be = file("d.csv", new byte[] {(byte) 0xFE, (byte) 0xFF}, text, StandardCharsets.UTF_16BE);
    Path utf8 = file("e.csv", new byte[0], text, StandardCharsets.UTF_8);
    for (Path p : new Path[] {cp1252, bom, le, be, utf8}) {
      assertEquals(
          text, Files.readString(TextEncoding.asUtf8(p), StandardCharsets.UTF_8), p.toString());
    }
    assertEquals(utf8, TextEncoding.asUtf8(utf8));
    assertEquals(Charset.forName("windows-1252"), TextEncoding.detect(cp1252).charset());
  }
}
