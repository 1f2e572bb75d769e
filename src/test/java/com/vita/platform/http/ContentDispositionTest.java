package com.vita.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ContentDispositionTest {

  private static final Pattern HEADER =
      Pattern.compile(
          "attachment; filename=\"([^\"\\\\]*)\"; filename\\*=UTF-8''([A-Za-z0-9!#$&+.^_`|~%-]*)");

  @Test
  void anAsciiNameIsTheSameInBothForms() {
    assertEquals(
        "attachment; filename=\"deed.pdf\"; filename*=UTF-8''deed.pdf",
        ContentDisposition.attachment("deed.pdf"));
  }

  @Test
  void aNonAsciiNameSurvivesInTheExtendedFormAndLosesOnlyItsAccentsInTheFallback() {
    assertEquals(
        "attachment; filename=\"constitucion.pdf\"; filename*=UTF-8''constituci%C3%B3n.pdf",
        ContentDisposition.attachment("constitución.pdf"));
    // Decomposed input (o + combining acute) is encoded as the client sent it, and decodes back.
    String decomposed = "constitucio\u0301n.pdf";
    assertEquals(decomposed, extendedNameOf(ContentDisposition.attachment(decomposed)));
  }

  @Test
  void whatAsciiCannotSayBecomesAnUnderscore() {
    String header = ContentDisposition.attachment("Ñandú 株式会社 (2024) 100%.pdf");
    assertEquals("Nandu ____ (2024) 100_.pdf", fallbackNameOf(header));
    assertEquals("Ñandú 株式会社 (2024) 100%.pdf", extendedNameOf(header));
  }

  @Test
  void aCraftedNameCannotEndTheHeaderOrAddAnother() {
    String crafted = "a\"; filename=\"evil.exe\r\nSet-Cookie: x=1;\\.pdf";
    String header = ContentDisposition.attachment(crafted);
    assertFalse(header.contains("\r") || header.contains("\n"), header);
    Matcher parts = HEADER.matcher(header);
    assertTrue(parts.matches(), header);
    assertEquals("a__ filename=_evil.exe__Set-Cookie: x=1__.pdf", parts.group(1));
    assertEquals(crafted, extendedNameOf(header));
    assertEquals(1, header.split("filename\\*=").length - 1, "one extended name");
  }

  @Test
  void noNameIsADownload() {
    assertEquals(
        "attachment; filename=\"download\"; filename*=UTF-8''download",
        ContentDisposition.attachment(null));
    assertEquals("download", fallbackNameOf(ContentDisposition.attachment("  ")));
    assertEquals("__", fallbackNameOf(ContentDisposition.attachment("日本")));
  }

  @Test
  void everyByteOutsideAttrCharIsPercentEncoded() {
    assertEquals("a%20b%27c%2Fd%3B%22e", ContentDisposition.percentEncoded("a b'c/d;\"e"));
    assertEquals("%E2%82%AC", ContentDisposition.percentEncoded("€"));
    assertEquals("AZaz09!#$&+-.^_`|~", ContentDisposition.percentEncoded("AZaz09!#$&+-.^_`|~"));
  }

  private static String fallbackNameOf(String header) {
    Matcher parts = HEADER.matcher(header);
    assertTrue(parts.matches(), header);
    return parts.group(1);
  }

  private static String extendedNameOf(String header) {
    Matcher parts = HEADER.matcher(header);
    assertTrue(parts.matches(), header);
    // The %XX form decodes with URL decoding as long as it holds no '+' meant as a space.
    return URLDecoder.decode(parts.group(2).replace("+", "%2B"), StandardCharsets.UTF_8);
  }
}
