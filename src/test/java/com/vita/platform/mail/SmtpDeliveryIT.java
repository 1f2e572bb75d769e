package com.vita.platform.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.vita.devstack.FreePort;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Real SMTP: {@link SmtpDelivery} talks to a GreenMail server in this JVM (on a free loopback port,
 * fresh for every test) through Angus Mail, the implementation Payara ships.
 */
class SmtpDeliveryIT {

  private static final String SUBJECT = "Restablece tu contraseña";
  private static final String TEXT =
      "Hola Ñandú: elige una contraseña nueva en los próximos 30 min.";

  @RegisterExtension
  static final GreenMailExtension SMTP =
      new GreenMailExtension(
              new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort())
          .withConfiguration(GreenMailConfiguration.aConfig().withUser("vita-mailer", "s3cret"));

  private static SmtpSettings settings(String username, String password) {
    return new SmtpSettings(
        "127.0.0.1",
        SMTP.getSmtp().getPort(),
        username,
        password,
        false,
        "VITA <no-reply@vita.test>",
        2000,
        5000);
  }

  @Test
  void aMailArrivesWithItsSenderRecipientAndUtf8Text() throws Exception {
    new SmtpDelivery(settings(null, null))
        .deliver(OutgoingMail.text("ana@example.cl", SUBJECT, TEXT));

    MimeMessage received = onlyMessage();
    InternetAddress from = (InternetAddress) received.getFrom()[0];
    assertEquals("no-reply@vita.test", from.getAddress());
    assertEquals("VITA", from.getPersonal());
    assertEquals(
        new InternetAddress("ana@example.cl"), received.getRecipients(Message.RecipientType.TO)[0]);
    assertEquals(SUBJECT, received.getSubject());
    assertEquals(TEXT, ((String) received.getContent()).strip());
  }

  @Test
  void htmlArrivesAsAnAlternativeOfTheText() throws Exception {
    new SmtpDelivery(settings(null, null))
        .deliver(
            OutgoingMail.text("ana@example.cl", SUBJECT, TEXT).withHtml("<p>" + TEXT + "</p>"));

    MimeMultipart parts = (MimeMultipart) onlyMessage().getContent();
    assertEquals(TEXT, ((String) parts.getBodyPart(0).getContent()).strip());
    assertEquals("<p>" + TEXT + "</p>", ((String) parts.getBodyPart(1).getContent()).strip());
  }

  @Test
  void theConfiguredCredentialsAreUsed() throws Exception {
    new SmtpDelivery(settings("vita-mailer", "s3cret"))
        .deliver(OutgoingMail.text("ana@example.cl", SUBJECT, TEXT));
    assertEquals(SUBJECT, onlyMessage().getSubject());

    assertThrows(
        AuthenticationFailedException.class,
        () ->
            new SmtpDelivery(settings("vita-mailer", "wrong"))
                .deliver(OutgoingMail.text("bob@example.cl", SUBJECT, TEXT)));
    assertEquals(1, SMTP.getReceivedMessages().length, "nothing sent with bad credentials");
  }

  @Test
  void anUnreachableServerIsAFailureNotAHang() {
    SmtpSettings nowhere =
        new SmtpSettings(
            "127.0.0.1",
            FreePort.find(),
            null,
            null,
            false,
            "VITA <no-reply@vita.test>",
            2000,
            2000);
    long started = System.nanoTime();
    assertThrows(
        MessagingException.class,
        () -> new SmtpDelivery(nowhere).deliver(OutgoingMail.text("ana@example.cl", "x", "y")));
    assertTrue(System.nanoTime() - started < 5_000_000_000L, "failed within the timeouts");
  }

  private static MimeMessage onlyMessage() {
    assertTrue(SMTP.waitForIncomingEmail(5000, 1), "no mail arrived");
    MimeMessage[] received = SMTP.getReceivedMessages();
    assertEquals(1, received.length);
    return received[0];
  }
}
