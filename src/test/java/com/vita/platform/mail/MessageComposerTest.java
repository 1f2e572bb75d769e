package com.vita.platform.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The MIME message built for a mail, without any network. */
class MessageComposerTest {

  private static final Session SESSION = Session.getInstance(new Properties());
  private static final String SUBJECT = "Restablece tu contraseña";
  private static final String TEXT = "Hola Ñandú, usa este enlace para elegir otra contraseña.";

  @Test
  void plainTextIsUtf8WithEncodedHeaders() throws Exception {
    MimeMessage message =
        compose("VITA <no-reply@vita.local>", OutgoingMail.text("ana@example.cl", SUBJECT, TEXT));

    assertEquals(new InternetAddress("no-reply@vita.local"), message.getFrom()[0]);
    assertEquals("VITA", ((InternetAddress) message.getFrom()[0]).getPersonal());
    assertEquals(
        new InternetAddress("ana@example.cl"), message.getRecipients(Message.RecipientType.TO)[0]);
    assertEquals(SUBJECT, message.getSubject());
    assertTrue(message.getHeader("Subject")[0].startsWith("=?UTF-8?"), "encoded for 7-bit SMTP");
    assertTrue(message.isMimeType("text/plain"));
    assertTrue(message.getContentType().toUpperCase().contains("CHARSET=UTF-8"));
    assertEquals(TEXT, message.getContent());
    assertTrue(message.getSentDate() != null);
  }

  @Test
  void htmlTravelsAsAnAlternativeAfterTheText() throws Exception {
    MimeMessage message =
        compose(
            "VITA <no-reply@vita.local>",
            OutgoingMail.text("ana@example.cl", SUBJECT, TEXT).withHtml("<p>" + TEXT + "</p>"));

    assertTrue(message.isMimeType("multipart/alternative"));
    MimeMultipart parts = (MimeMultipart) message.getContent();
    assertEquals(2, parts.getCount());
    assertTrue(parts.getBodyPart(0).isMimeType("text/plain"));
    assertEquals(TEXT, parts.getBodyPart(0).getContent());
    assertTrue(parts.getBodyPart(1).isMimeType("text/html"));
    assertEquals("<p>" + TEXT + "</p>", parts.getBodyPart(1).getContent());
  }

  @Test
  void theWireFormatIsSevenBitSafe() throws Exception {
    MimeMessage message =
        compose(
            "Tienda Ñandú <no-reply@vita.local>",
            OutgoingMail.text("ana@example.cl", SUBJECT, TEXT));
    ByteArrayOutputStream wire = new ByteArrayOutputStream();
    message.writeTo(wire);

    String raw = wire.toString(StandardCharsets.ISO_8859_1);
    assertTrue(raw.chars().allMatch(c -> c < 128), raw);
    assertEquals("Tienda Ñandú", ((InternetAddress) message.getFrom()[0]).getPersonal());
  }

  @Test
  void aBrokenSenderIsRefused() {
    assertThrows(AddressException.class, () -> MessageComposer.sender("VITA <no-reply@>"));
    assertThrows(AddressException.class, () -> MessageComposer.sender("not an address"));
  }

  private static MimeMessage compose(String from, OutgoingMail mail) throws Exception {
    return MessageComposer.compose(SESSION, MessageComposer.sender(from), mail);
  }
}
