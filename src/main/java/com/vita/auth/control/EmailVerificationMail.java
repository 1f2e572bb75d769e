package com.vita.auth.control;

import com.vita.auth.entity.EmailVerificationRequested;
import com.vita.platform.mail.MailTexts;
import com.vita.platform.mail.Mailer;
import com.vita.platform.mail.OutgoingMail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * E-mails the verification link once the token is stored (the transaction committed). The link is
 * VITA's own confirmation page under the configured public base URL, never one built from a
 * request's {@code Host}; the page asks for a click, so a mail scanner that follows links verifies
 * nothing.
 */
@ApplicationScoped
public class EmailVerificationMail {

  /** Where the confirmation page lives, under the public base URL. */
  public static final String PAGE = "/api/v1/auth/verify-email";

  @Inject Mailer mailer;
  @Inject MailTexts texts;

  @Inject
  @ConfigProperty(name = "vita.public-base-url", defaultValue = "http://localhost:8080")
  String publicBaseUrl;

  void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) EmailVerificationRequested request) {
    mailer.send(
        OutgoingMail.text(
            request.email().value(),
            texts.text("auth", "email-verification.subject"),
            texts.text(
                "auth",
                "email-verification.body",
                request.displayName(),
                linkFor(request.token()),
                request.token())));
  }

  String linkFor(String token) {
    String base =
        publicBaseUrl.endsWith("/")
            ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1)
            : publicBaseUrl;
    return base + PAGE + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
  }
}
