package com.vita.kyc.control;

import com.vita.kyc.entity.KycStatusChanged;
import com.vita.platform.mail.Mailer;
import com.vita.platform.mail.OutgoingMail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Tells the person their identity check has a result, only once the new state is committed: a
 * rolled-back webhook must not announce a decision VITA does not hold. "Pending" is not announced
 * (the person just started it).
 */
@ApplicationScoped
public class KycStatusMail {

  @Inject Mailer mailer;

  void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) KycStatusChanged change) {
    String outcome =
        switch (change.to()) {
          case APPROVED -> "Tu identidad quedó verificada. Ya puedes usar todo VITA.";
          case DECLINED ->
              "No pudimos verificar tu identidad. Puedes intentarlo de nuevo desde tu cuenta.";
          case NEEDS_REVIEW ->
              "Tu verificación necesita una revisión manual. Te escribiremos con el resultado.";
          default -> null;
        };
    if (outcome == null) {
      return;
    }
    mailer.send(
        OutgoingMail.text(
            change.email(),
            "Verificación de identidad en VITA: " + change.to().value(),
            "Hola " + change.displayName() + ",\n\n" + outcome + "\n"));
  }
}
