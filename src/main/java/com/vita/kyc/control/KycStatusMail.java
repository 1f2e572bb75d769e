package com.vita.kyc.control;

import com.vita.kyc.entity.KycStatusChanged;
import com.vita.platform.mail.MailTexts;
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

  private static final String BUNDLE = "kyc";

  @Inject Mailer mailer;
  @Inject MailTexts texts;

  void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) KycStatusChanged change) {
    if (!change.to().isDecision()) {
      return;
    }
    String status = change.to().value();
    mailer.send(
        OutgoingMail.text(
            change.email(),
            texts.text(BUNDLE, "status.subject", status),
            texts.text(
                BUNDLE,
                "status.body",
                change.displayName(),
                texts.text(BUNDLE, "status." + status))));
  }
}
