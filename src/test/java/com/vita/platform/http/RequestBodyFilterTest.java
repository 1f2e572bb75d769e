package com.vita.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RequestBodyFilterTest {

  private static final long MAX = 10;
  private static final long MULTIPART_MAX = 50;

  @Test
  void formUploadsHaveTheMultipartLimit() {
    assertEquals(MULTIPART_MAX, limitFor("multipart/form-data; boundary=x"));
    assertEquals(MULTIPART_MAX, limitFor("Multipart/Form-Data;boundary=x"));
    assertEquals(MULTIPART_MAX, limitFor(" multipart/form-data "));
  }

  @Test
  void everyOtherBodyKeepsTheRequestLimit() {
    assertEquals(MAX, limitFor(null));
    assertEquals(MAX, limitFor("application/json"));
    assertEquals(MAX, limitFor("application/octet-stream"));
    assertEquals(MAX, limitFor("multipart/mixed; boundary=x"));
    assertEquals(MAX, limitFor("multipart/form-datax; boundary=x"));
    assertEquals(MAX, limitFor("text/plain; note=multipart/form-data"));
  }

  private static long limitFor(String contentType) {
    return RequestBodyFilter.limitFor(contentType, MAX, MULTIPART_MAX);
  }
}
