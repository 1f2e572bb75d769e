package com.vita.platform.mail;

import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.Config;

/**
 * Where and how VITA hands mail to SMTP. {@code username} null means the server takes mail without
 * authentication. {@code starttls} true requires the upgrade to TLS before anything is sent, so
 * credentials never cross the network in clear text because a server (or an attacker in between)
 * stopped offering it.
 */
record SmtpSettings(
    String host,
    int port,
    String username,
    String password,
    boolean starttls,
    String from,
    int connectTimeoutMillis,
    int timeoutMillis) {

  public SmtpSettings {
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("SMTP needs a host");
    }
    if (username != null && username.isBlank()) {
      username = null;
    }
  }

  /**
   * The SMTP settings in the configuration ({@code MAIL_SMTP_*}, {@code MAIL_FROM}), or empty when
   * no host is configured and mail is only logged.
   */
  static Optional<SmtpSettings> from(Config config) {
    return config
        .getOptionalValue("mail.smtp.host", String.class)
        .filter(host -> !host.isBlank())
        .map(
            host ->
                new SmtpSettings(
                    host.trim(),
                    config.getOptionalValue("mail.smtp.port", Integer.class).orElse(587),
                    config.getOptionalValue("mail.smtp.username", String.class).orElse(null),
                    config.getOptionalValue("mail.smtp.password", String.class).orElse(""),
                    config.getOptionalValue("mail.smtp.starttls", Boolean.class).orElse(true),
                    config
                        .getOptionalValue("mail.from", String.class)
                        .orElse("VITA <no-reply@vita.local>"),
                    config
                        .getOptionalValue("mail.smtp.connect-timeout-ms", Integer.class)
                        .orElse(5000),
                    config.getOptionalValue("mail.smtp.timeout-ms", Integer.class).orElse(10000)));
  }

  boolean authenticates() {
    return username != null;
  }

  /** The Jakarta Mail session properties these settings stand for. */
  Properties sessionProperties() {
    Properties properties = new Properties();
    properties.setProperty("mail.transport.protocol", "smtp");
    properties.setProperty("mail.smtp.host", host);
    properties.setProperty("mail.smtp.port", Integer.toString(port));
    properties.setProperty("mail.smtp.auth", Boolean.toString(authenticates()));
    properties.setProperty("mail.smtp.starttls.enable", Boolean.toString(starttls));
    properties.setProperty("mail.smtp.starttls.required", Boolean.toString(starttls));
    properties.setProperty("mail.smtp.connectiontimeout", Integer.toString(connectTimeoutMillis));
    properties.setProperty("mail.smtp.timeout", Integer.toString(timeoutMillis));
    properties.setProperty("mail.smtp.writetimeout", Integer.toString(timeoutMillis));
    return properties;
  }

  @Override
  public String toString() {
    return "SmtpSettings["
        + host
        + ":"
        + port
        + ", user="
        + username
        + ", starttls="
        + starttls
        + ", from="
        + from
        + "]"; // never the password
  }
}
