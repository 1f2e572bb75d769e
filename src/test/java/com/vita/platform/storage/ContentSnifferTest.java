package com.vita.platform.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContentSnifferTest {

  @Test
  void recognisesDocumentsByTheirMagicNumbers() {
    assertEquals(Optional.of(DocumentMediaType.PDF), ContentSniffer.sniff(Samples.pdf()));
    assertEquals(Optional.of(DocumentMediaType.JPEG), ContentSniffer.sniff(Samples.jpeg()));
    assertEquals(Optional.of(DocumentMediaType.PNG), ContentSniffer.sniff(Samples.png()));
    assertEquals(Optional.of(DocumentMediaType.XLSX), ContentSniffer.sniff(Samples.xlsx()));
    assertEquals(
        Optional.of(DocumentMediaType.CSV),
        ContentSniffer.sniff(utf8("\uFEFFsku;name;price\r\nA-1;Caf\u00e9 molido;4990\r\n")));
  }

  @Test
  void refusesExecutablesMarkupAndEmptyContent() {
    assertEquals(Optional.empty(), ContentSniffer.sniff(Samples.exe()));
    assertEquals(Optional.empty(), ContentSniffer.sniff(utf8("<!DOCTYPE html><script>x</script>")));
    assertEquals(Optional.empty(), ContentSniffer.sniff(utf8("  \n<svg onload=alert(1)>")));
    assertEquals(Optional.empty(), ContentSniffer.sniff(utf8("<?xml version=\"1.0\"?><svg/>")));
    assertEquals(Optional.empty(), ContentSniffer.sniff(new byte[0]));
    assertEquals(Optional.empty(), ContentSniffer.sniff(utf8(" \r\n\t")));
    assertEquals(Optional.empty(), ContentSniffer.sniff(new byte[] {'a', 0x00, 'b'}));
  }

  @Test
  void aTruncatedMagicNumberIsNotTheType() {
    assertEquals(Optional.of(DocumentMediaType.CSV), ContentSniffer.sniff(utf8("%PDF")));
    assertEquals(
        Optional.empty(), ContentSniffer.sniff(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D}));
    assertEquals(Optional.empty(), ContentSniffer.sniff(new byte[] {(byte) 0xFF, (byte) 0xD8}));
  }

  @Test
  void identityAndBusinessDocumentsArePdfJpegOrPngOnly() {
    for (DocumentKind kind :
        new DocumentKind[] {DocumentKind.IDENTITY_DOCUMENT, DocumentKind.BUSINESS_DOCUMENT}) {
      assertTrue(kind.accepts(DocumentMediaType.PDF));
      assertTrue(kind.accepts(DocumentMediaType.JPEG));
      assertTrue(kind.accepts(DocumentMediaType.PNG));
      assertFalse(kind.accepts(DocumentMediaType.XLSX));
      assertFalse(kind.accepts(DocumentMediaType.CSV));
    }
    assertFalse(DocumentKind.PRODUCT_IMAGE.accepts(DocumentMediaType.PDF));
    assertTrue(DocumentKind.CATALOG_IMPORT.accepts(DocumentMediaType.CSV));
    assertFalse(DocumentKind.CATALOG_IMPORT.accepts(DocumentMediaType.PDF));
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
