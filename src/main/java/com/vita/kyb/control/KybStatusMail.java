package com.vita.kyb.control;

import com.vita.kyb.entity.KybStatus;
import com.vita.kyb.entity.KybStatusChanged;
import com.vita.platform.mail.MailTexts;
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

  private static final String BUNDLE = "kyb";

  @Inject Mailer mailer;
  @Inject MailTexts texts;

  void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) KybStatusChanged change) {
    if (change.to() == KybStatus.DRAFT) {
      return; // nothing to tell: the owner saved it themselves
    }
    String status = change.to().value();
    String reasons =
        change.reasons() == null
            ? ""
            : texts.text(BUNDLE, "status.reasons", change.reasons().replace('\r', ' '));
    mailer.send(
        OutgoingMail.text(
            change.ownerEmail(),
            texts.text(BUNDLE, "status.subject", status),
            texts.text(
                BUNDLE,
                "status.body",
                change.ownerName(),
                change.legalName(),
                texts.text(BUNDLE, "status." + status),
                reasons)));
  }
}
