package com.vita.platform.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * Hands mail to one SMTP server, synchronously, through a Jakarta Mail session built from {@link
 * SmtpSettings} (no container mail resource: the settings come from MicroProfile Config like every
 * other). Each call opens its own connection: VITA sends few mails, and a pooled connection would
 * need its own health handling.
 */
final class SmtpDelivery {

  private final SmtpSettings settings;
  private final Session session;
  private final InternetAddress from;

  /**
   * @throws AddressException when the configured sender is not a valid address
   */
  SmtpDelivery(SmtpSettings settings) throws AddressException {
    this.settings = settings;
    this.session = Session.getInstance(settings.sessionProperties());
    this.from = MessageComposer.sender(settings.from());
  }

  /** Sends the mail; returns once the server accepted it. */
  void deliver(OutgoingMail mail) throws MessagingException {
    var message = MessageComposer.compose(session, from, mail);
    if (settings.authenticates()) {
      Transport.send(message, settings.username(), settings.password());
    } else {
      Transport.send(message);
    }
  }

  SmtpSettings settings() {
    return settings;
  }
}
