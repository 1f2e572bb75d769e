package com.vita.platform.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class OutgoingMailTest {

  @Test
  void aPlainMailHasNoHtmlUntilGivenOne() {
    OutgoingMail mail = OutgoingMail.text("ana@example.cl", "Hola", "Texto");
    assertNull(mail.html());
    assertEquals("<p>Texto</p>", mail.withHtml("<p>Texto</p>").html());
    assertEquals("Texto", mail.withHtml("<p>Texto</p>").text());
  }

  @Test
  void headersCannotBeSmuggledInThroughAddressOrSubject() {
    assertRefused("ana@example.cl\r\nBcc: all@example.cl", "Hola", "x");
    assertRefused("ana@example.cl", "Hola\r\nBcc: all@example.cl", "x");
    assertRefused("ana@example.cl", "Hola\nBcc: all@example.cl", "x");
  }

  @Test
  void exactlyOneAddressIsAccepted() {
    assertRefused("ana@example.cl, bob@example.cl", "Hola", "x");
    assertRefused("Ana <ana@example.cl>", "Hola", "x");
    assertRefused("ana", "Hola", "x");
    assertRefused(null, "Hola", "x");
  }

  @Test
  void subjectAndTextAreRequired() {
    assertRefused("ana@example.cl", " ", "x");
    assertRefused("ana@example.cl", "Hola", null);
  }

  @Test
  void failuresNameTheDomainNotThePerson() {
    assertEquals(
        "*@example.cl", OutgoingMail.text("ana@example.cl", "Hola", "x").recipientDomain());
  }

  private static void assertRefused(String to, String subject, String text) {
    assertThrows(IllegalArgumentException.class, () -> OutgoingMail.text(to, subject, text));
  }
}
