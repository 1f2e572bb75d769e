package com.vita.auth.control;

import com.vita.auth.entity.PasswordResetRequested;
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
            "Restablece tu contraseña de VITA",
            "Hola "
                + request.displayName()
                + ",\n\nPara elegir una contraseña nueva abre este enlace (vale 30 minutos, una vez):\n"
                + link
                + "\n\nCódigo: "
                + request.token()
                + "\n\nSi no lo pediste, ignora este mensaje: tu contraseña no cambia.\n"));
  }
}
