package com.vita.platform.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DocumentKeysTest {

  private final DocumentKeys keys =
      new DocumentKeys(Clock.fixed(Instant.parse("2026-03-31T23:30:00Z"), ZoneOffset.UTC));

  @Test
  void keysAreKindYearMonthAndARandomUuid() {
    String key = keys.next(DocumentKind.BUSINESS_DOCUMENT);
    assertTrue(key.matches("kyb/2026/03/[0-9a-f-]{36}"), key);
    assertNotEquals(key, keys.next(DocumentKind.BUSINESS_DOCUMENT));
    assertTrue(DocumentKeys.isWellFormed(key));
    assertEquals(key, DocumentKeys.require(key));
  }

  @Test
  void craftedKeysAreRefusedAsNotFound() {
    String good = keys.next(DocumentKind.IDENTITY_DOCUMENT);
    for (String crafted :
        new String[] {
          null,
          "",
          "../../etc/passwd",
          "kyc/2026/03/../../../../etc/passwd",
          "/etc/passwd",
          good + "/..",
          "../" + good,
          good.replace("kyc/", "kyc\\"),
          "unknown/2026/03/" + good.substring(good.lastIndexOf('/') + 1),
          good.replace("/03/", "/13/"),
          good + "\n",
          good.toUpperCase()
        }) {
      assertFalse(DocumentKeys.isWellFormed(crafted), String.valueOf(crafted));
      assertThrows(DocumentNotFoundException.class, () -> DocumentKeys.require(crafted));
    }
  }

  @Test
  void namesThatReachForAPathOrCarryControlsAreRefused() {
    for (String crafted :
        new String[] {
          "../../etc/passwd.pdf",
          "C:\\Users\\me\\evil.pdf",
          "..",
          "a/b.pdf",
          "cedula\r\nfalsa.pdf",
          "x\u0000.pdf"
        }) {
      assertThrows(UnsafeFileNameException.class, () -> FileNames.displayName(crafted), crafted);
    }
    assertEquals("Constitución S.A.pdf", FileNames.displayName("Constitución S.A.pdf"));
    assertEquals("x.pdf", FileNames.displayName("..x.pdf"));
    assertNull(FileNames.displayName(null));
  }

  @Test
  void fileNamesKeepOnlyTheLastSegmentWithoutControlsOrDots() {
    assertEquals("passwd", FileNames.sanitise("../../etc/passwd"));
    assertEquals("evil.pdf", FileNames.sanitise("C:\\Users\\me\\..\\evil.pdf"));
    assertEquals("cedulafalsa.pdf", FileNames.sanitise("cedula\r\nfalsa.pdf"));
    // a right-to-left override would show "invoiceexe.pdf"; without it the real extension shows
    assertEquals("invoicefdp.exe", FileNames.sanitise("invoice\u202Efdp.exe"));
    assertEquals("env", FileNames.sanitise(".env"));
    assertEquals("Constitución S.A.pdf", FileNames.sanitise("Constitución S.A.pdf"));
    assertEquals("ab.pdf", FileNames.sanitise("a\"b.pdf"));
    assertEquals("x.pdf", FileNames.sanitise("..x.pdf"));
    assertNull(FileNames.sanitise(".."));
    assertNull(FileNames.sanitise("dir/"));
    assertNull(FileNames.sanitise("\u0000\u0007"));
    assertNull(FileNames.sanitise(null));
    assertEquals(FileNames.MAX_LENGTH, FileNames.sanitise("a".repeat(500) + ".pdf").length());
  }
}
