package com.vita.kyb.control;

import com.vita.kyb.entity.KybStatusChanged;
import com.vita.platform.mail.Mailer;
import com.vita.platform.mail.OutgoingMail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Tells the owner where their business verification stands, only once the change is committed: a
 * rolled-back decision must not be announced. The admin's reasons are included, since rejections
 * and requests for more information are only useful with them.
 */
@ApplicationScoped
public class KybStatusMail {

  @Inject Mailer mailer;

  void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) KybStatusChanged change) {
    String outcome =
        switch (change.to()) {
          case SUBMITTED -> "Recibimos la solicitud de verificación de tu negocio.";
          case IN_REVIEW -> "Estamos revisando la verificación de tu negocio.";
          case APPROVED -> "Tu negocio quedó verificado. Ya puedes vender en VITA.";
          case REJECTED -> "No pudimos verificar tu negocio.";
          case MORE_INFO_REQUESTED ->
              "Necesitamos más información para verificar tu negocio. Envía los documentos"
                  + " desde tu cuenta.";
          case DRAFT -> null;
        };
    if (outcome == null) {
      return;
    }
    String reasons =
        change.reasons() == null ? "" : "\n\nMotivo: " + change.reasons().replace('\r', ' ');
    mailer.send(
        OutgoingMail.text(
            change.ownerEmail(),
            "Verificación de negocio en VITA: " + change.to().value(),
            "Hola "
                + change.ownerName()
                + ",\n\n"
                + change.legalName()
                + ": "
                + outcome
                + reasons
                + "\n"));
  }
}
