package com.vita.testing;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/** Waits for the e-mail the shared server sends to one address. */
public final class TestMailbox {

  private TestMailbox() {}

  public static MimeMessage awaitMailTo(String address, Duration timeout)
      throws MessagingException, InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      Optional<MimeMessage> found = mailTo(address);
      if (found.isPresent()) {
        return found.get();
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no e-mail to " + address + " within " + timeout);
  }

  public static Optional<MimeMessage> mailTo(String address) throws MessagingException {
    for (MimeMessage message : VitaTestServer.mailbox().getReceivedMessages()) {
      if (Arrays.stream(message.getRecipients(Message.RecipientType.TO))
          .anyMatch(r -> r.toString().equalsIgnoreCase(address))) {
        return Optional.of(message);
      }
    }
    return Optional.empty();
  }

  public static String textOf(MimeMessage message) throws MessagingException, IOException {
    Object content = message.getContent();
    return content instanceof String text ? text : String.valueOf(content);
  }
}
