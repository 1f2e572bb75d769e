package com.vita.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FormFileNamesTest {

  /** What the parser hands over for a name a browser sent as UTF-8. */
  private static String readAsLatin1(String sent) {
    return new String(sent.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
  }

  @Test
  void aUtf8NameReadAsLatin1IsReadAgainAsUtf8() {
    assertEquals("constituciÃ³n.pdf", readAsLatin1("constitución.pdf"));
    assertEquals("constitución.pdf", FormFileNames.decoded(readAsLatin1("constitución.pdf")));
    assertEquals("株式会社 €.pdf", FormFileNames.decoded(readAsLatin1("株式会社 €.pdf")));
  }

  @Test
  void namesThatAreNotMisreadUtf8StayAsTheyAre() {
    assertNull(FormFileNames.decoded(null));
    assertEquals("deed.pdf", FormFileNames.decoded("deed.pdf"));
    // Latin-1 bytes that are not UTF-8 ("ó" alone is 0xF3): a client that really sent Latin-1.
    assertEquals("constitución.pdf", FormFileNames.decoded("constitución.pdf"));
    // Already decoded by a parser that knew the charset.
    assertEquals("株式会社.pdf", FormFileNames.decoded("株式会社.pdf"));
  }
}
