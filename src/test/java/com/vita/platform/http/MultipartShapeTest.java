package com.vita.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MultipartShapeTest {

  private static final String BOUNDARY = "----WebKitFormBoundary7MA4YWxkTrZu0gW";

  @Test
  void aNormalFormPassesAndItsPartsAreCounted() {
    MultipartShape shape = new MultipartShape(BOUNDARY, 3, 200);
    byte[] body =
        form(
            part("legalName", null, "Comercial Andes SpA"),
            part("country", null, "CL"),
            part("documents", "escritura.pdf", "%PDF-1.4 --" + BOUNDARY.substring(2) + " x"));
    assertEquals(Optional.empty(), shape.accept(body, 0, body.length));
    assertEquals(3, shape.parts());
  }

  @Test
  void bytesFedOneAtATimeGiveTheSameCount() {
    MultipartShape shape = new MultipartShape(BOUNDARY, 10, 200);
    byte[] body = form(part("a", null, "1"), part("b", null, ""), part("c", "c.txt", "\r\n\r\n"));
    for (int i = 0; i < body.length; i++) {
      assertEquals(Optional.empty(), shape.accept(body, i, 1));
    }
    assertEquals(3, shape.parts());
  }

  @Test
  void onePartTooManyIsRefusedAsItsDelimiterArrives() {
    MultipartShape shape = new MultipartShape(BOUNDARY, 2, 200);
    byte[] body = form(part("a", null, "1"), part("b", null, "2"), part("c", null, "3"));
    Optional<String> refusal = shape.accept(body, 0, body.length);
    assertEquals(Optional.of("A multipart body may have at most 2 parts"), refusal);
  }

  @Test
  void partHeadersOverTheLimitAreRefused() {
    MultipartShape shape = new MultipartShape(BOUNDARY, 10, 100);
    byte[] body = form(part("a", "x".repeat(100) + ".pdf", "1"));
    assertEquals(
        Optional.of("The headers of a multipart part may have at most 100 bytes"),
        shape.accept(body, 0, body.length));
  }

  @Test
  void headersThatNeverEndAreRefusedToo() {
    MultipartShape shape = new MultipartShape("b", 10, 64);
    byte[] body = ("--b\r\nX-Filler: " + "y".repeat(100)).getBytes(StandardCharsets.US_ASCII);
    assertTrue(shape.accept(body, 0, body.length).isPresent());
  }

  @Test
  void nothingAfterTheClosingDelimiterCounts() {
    MultipartShape shape = new MultipartShape("b", 1, 64);
    byte[] body =
        ("preamble\r\n--b\r\n\r\none\r\n--b--\r\n--b\r\n\r\n--b\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII);
    assertEquals(Optional.empty(), shape.accept(body, 0, body.length));
    assertEquals(1, shape.parts());
  }

  @Test
  void aDelimiterWithOneDashAfterItStillOpensAPart() {
    MultipartShape shape = new MultipartShape("b", 1, 64);
    byte[] body = "--b-\r\n\r\nx\r\n--b-\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    assertTrue(shape.accept(body, 0, body.length).isPresent());
    assertEquals(2, shape.parts());
  }

  @Test
  void theShapeIsCheckedForEveryMultipartTypeWithABoundary() {
    assertTrue(MultipartShape.forContentType("multipart/form-data; boundary=x", 1, 1).isPresent());
    assertTrue(MultipartShape.forContentType("Multipart/Mixed;Boundary=\"a b\"", 1, 1).isPresent());
    assertTrue(MultipartShape.forContentType("application/json", 1, 1).isEmpty());
    assertTrue(MultipartShape.forContentType(null, 1, 1).isEmpty());
    assertTrue(MultipartShape.forContentType("multipart/form-data", 1, 1).isEmpty());
  }

  @Test
  void theBoundaryIsReadQuotedOrNot() {
    assertEquals(
        Optional.of("abc"), MultipartShape.boundaryOf("multipart/form-data; boundary=abc"));
    assertEquals(
        Optional.of("a b"), MultipartShape.boundaryOf("multipart/form-data; boundary=\"a b\""));
    assertEquals(Optional.empty(), MultipartShape.boundaryOf("multipart/form-data; boundary="));
    assertEquals(
        Optional.empty(),
        MultipartShape.boundaryOf("multipart/form-data; boundary=" + "x".repeat(71)));
    assertEquals(Optional.empty(), MultipartShape.boundaryOf("multipart/form-data; charset=utf-8"));
  }

  private static String part(String name, String fileName, String content) {
    String disposition =
        "Content-Disposition: form-data; name=\""
            + name
            + "\""
            + (fileName == null
                ? ""
                : "; filename=\"" + fileName + "\"\r\nContent-Type: application/pdf");
    return "--" + BOUNDARY + "\r\n" + disposition + "\r\n\r\n" + content + "\r\n";
  }

  private static byte[] form(String... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (String part : parts) {
      out.writeBytes(part.getBytes(StandardCharsets.UTF_8));
    }
    out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }
}
