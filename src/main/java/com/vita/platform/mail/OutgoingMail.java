package com.vita.platform.mail;

import java.util.regex.Pattern;

/**
 * An e-mail to one recipient: a plain-text body, and optionally an HTML alternative of the same
 * content (clients that cannot show HTML, and spam filters, read the text part).
 *
 * <p>Refuses line breaks in the address and subject, so text taken from a user can never add
 * headers to the message.
 */
public record OutgoingMail(String to, String subject, String text, String html) {

  // Deliberately loose: the SMTP server has the last word, this only keeps out lists and headers.
  private static final Pattern ONE_ADDRESS = Pattern.compile("[^\\s@,;<>\"]+@[^\\s@,;<>\"]+");

  public OutgoingMail {
    if (to == null || !ONE_ADDRESS.matcher(to).matches()) {
      throw new IllegalArgumentException("The recipient must be one plain e-mail address");
    }
    if (subject == null || subject.isBlank() || subject.matches("(?s).*[\r\n].*")) {
      throw new IllegalArgumentException("The subject must be one non-blank line");
    }
    if (text == null) {
      throw new IllegalArgumentException("The text body is required");
    }
  }

  /** A plain-text mail. */
  public static OutgoingMail text(String to, String subject, String text) {
    return new OutgoingMail(to, subject, text, null);
  }

  /** The same mail with an HTML alternative of its text. */
  public OutgoingMail withHtml(String html) {
    return new OutgoingMail(to, subject, text, html);
  }

  /** {@code *@example.com}: enough to tell a provider's outage from a typo, without the person. */
  public String recipientDomain() {
    return "*" + to.substring(to.lastIndexOf('@'));
  }
}
