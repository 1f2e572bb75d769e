package com.vita.platform.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.util.Date;

/**
 * Turns an {@link OutgoingMail} into a MIME message: UTF-8 everywhere (subject, sender name and
 * bodies), plain text alone or as {@code multipart/alternative} with the HTML part last, which
 * clients prefer when they can show it.
 */
final class MessageComposer {

  private static final String UTF_8 = "UTF-8";

  private MessageComposer() {}

  static MimeMessage compose(Session session, InternetAddress from, OutgoingMail mail)
      throws MessagingException {
    MimeMessage message = new MimeMessage(session);
    message.setFrom(from);
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to(), true));
    message.setSubject(mail.subject(), UTF_8);
    message.setSentDate(new Date());
    if (mail.html() == null) {
      message.setText(mail.text(), UTF_8);
    } else {
      MimeBodyPart text = new MimeBodyPart();
      text.setText(mail.text(), UTF_8);
      MimeBodyPart html = new MimeBodyPart();
      html.setText(mail.html(), UTF_8, "html");
      message.setContent(new MimeMultipart("alternative", text, html));
    }
    message.saveChanges();
    return message;
  }

  /**
   * The sender from configuration ({@code VITA <no-reply@vita.local>}), checked strictly, with a
   * display name that may hold accents (encoded as UTF-8).
   */
  static InternetAddress sender(String from) throws AddressException {
    InternetAddress parsed = new InternetAddress(from, true);
    if (parsed.getPersonal() == null) {
      return parsed;
    }
    try {
      return new InternetAddress(parsed.getAddress(), parsed.getPersonal(), UTF_8);
    } catch (UnsupportedEncodingException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
