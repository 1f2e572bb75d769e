package com.vita.testing;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds, and waits for, the e-mail the suite's servers send to one address. */
public final class TestMailbox {

  private static final Pattern CODE = Pattern.compile("(?:Código|Code): (\\S+)");

  private TestMailbox() {}

  /** Which of an address's mails a test is after, e.g. by subject or text. */
  @FunctionalInterface
  public interface MailMatch {
    boolean test(MimeMessage message) throws Exception;
  }

  public static MimeMessage awaitMailTo(String address, Duration timeout) throws Exception {
    return awaitMail(address, m -> true, timeout);
  }

  /** The first mail to the address that matches, waiting for it up to the timeout. */
  public static MimeMessage awaitMail(String address, MailMatch match, Duration timeout)
      throws Exception {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      List<MimeMessage> found = mailsTo(address, match);
      if (!found.isEmpty()) {
        return found.get(0);
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no matching e-mail to " + address + " within " + timeout);
  }

  /** How many matching mails reached the address, waiting up to the timeout for {@code least}. */
  public static int awaitCount(String address, MailMatch match, int least, Duration timeout)
      throws Exception {
    Instant deadline = Instant.now().plus(timeout);
    int found = mailsTo(address, match).size();
    while (found < least && Instant.now().isBefore(deadline)) {
      Thread.sleep(100);
      found = mailsTo(address, match).size();
    }
    return found;
  }

  public static Optional<MimeMessage> mailTo(String address) throws Exception {
    return mailsTo(address, m -> true).stream().findFirst();
  }

  /** The mails received so far for the address that match, oldest first. */
  public static List<MimeMessage> mailsTo(String address, MailMatch match) throws Exception {
    List<MimeMessage> found = new ArrayList<>();
    for (MimeMessage message : VitaTestServer.mailbox().getReceivedMessages()) {
      if (Arrays.stream(message.getRecipients(Message.RecipientType.TO))
              .anyMatch(r -> r.toString().equalsIgnoreCase(address))
          && match.test(message)) {
        found.add(message);
      }
    }
    return found;
  }

  /** The one-time code a mail of VITA's carries ({@code Código: …}, {@code Code: …}). */
  public static String codeIn(String text) {
    Matcher code = CODE.matcher(text);
    if (!code.find()) {
      throw new AssertionError("no code in: " + text);
    }
    return code.group(1);
  }

  public static String textOf(MimeMessage message) throws MessagingException, IOException {
    Object content = message.getContent();
    return content instanceof String text ? text : String.valueOf(content);
  }
}
