package com.vita.auth.control;

import com.vita.auth.entity.PasswordResetRequested;
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

/** E-mails the reset link, only after the token is safely stored (the transaction committed). */
@ApplicationScoped
public class PasswordResetMail {

  @Inject Mailer mailer;
  @Inject MailTexts texts;

  @Inject
  @ConfigProperty(
      name = "auth.password-reset.url",
      defaultValue = "http://localhost:3000/reset-password")
  String resetPage;

  void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) PasswordResetRequested request) {
    String link =
        resetPage + "?token=" + URLEncoder.encode(request.token(), StandardCharsets.UTF_8);
    mailer.send(
        OutgoingMail.text(
            request.email().value(),
            texts.text("auth", "password-reset.subject"),
            texts.text(
                "auth", "password-reset.body", request.displayName(), link, request.token())));
  }
}
