package com.vita.kyb.control;

import com.vita.kyb.entity.KybReminderDue;
import com.vita.kyb.entity.KybReminderDue.WaitingCase;
import com.vita.platform.mail.MailTexts;
import com.vita.platform.mail.Mailer;
import com.vita.platform.mail.OutgoingMail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Collectors;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Writes the reminders once their records are committed, and counts them as {@code
 * kyb_reminders_sent_total{kind="owner|review"}}.
 */
@ApplicationScoped
public class KybReminderMail {

  private static final Metadata SENT =
      Metadata.builder()
          .withName("kyb_reminders_sent")
          .withDescription("KYB reminder e-mails sent, by who has to act (owner, review)")
          .build();

  private static final String BUNDLE = "kyb";

  @Inject Mailer mailer;
  @Inject MailTexts texts;
  @Inject MetricRegistry metrics;

  void toOwner(@Observes(during = TransactionPhase.AFTER_SUCCESS) KybReminderDue.ToOwner due) {
    String status = due.status().value();
    mailer.send(
        OutgoingMail.text(
            due.email(),
            texts.text(BUNDLE, "reminder.owner.subject", oneLine(due.legalName())),
            texts.text(
                BUNDLE,
                "reminder.owner.body",
                due.name(),
                texts.text(BUNDLE, "reminder.owner." + status),
                due.legalName(),
                status,
                days(due.since(), due.now()))));
    metrics.counter(SENT, new Tag("kind", "owner")).inc();
  }

  void toAdmin(@Observes(during = TransactionPhase.AFTER_SUCCESS) KybReminderDue.ToAdmin due) {
    String list =
        due.cases().stream()
            .map(c -> line(c, due.now()))
            .collect(Collectors.joining("\n", "", "\n"));
    mailer.send(
        OutgoingMail.text(
            due.email(),
            texts.text(BUNDLE, "reminder.admin.subject", Integer.toString(due.cases().size())),
            texts.text(BUNDLE, "reminder.admin.body", due.name(), list)));
    metrics.counter(SENT, new Tag("kind", "review")).inc();
  }

  private String line(WaitingCase c, Instant now) {
    return texts.text(
        BUNDLE,
        "reminder.admin.line",
        oneLine(c.legalName()),
        c.country(),
        c.status().value(),
        days(c.since(), now),
        c.businessId().toString());
  }

  /** Whole days, as text: MessageFormat would group a number by the locale's rules. */
  private static String days(Instant since, Instant now) {
    return Long.toString(Duration.between(since, now).toDays());
  }

  /** A legal name in a subject or a list line: a user's text, so no line breaks. */
  private static String oneLine(String text) {
    return text.replaceAll("[\\r\\n]+", " ");
  }
}
