package com.vita.kyb.control;

import com.vita.kyb.entity.KybReminderDue;
import com.vita.kyb.entity.KybReminderDue.WaitingCase;
import com.vita.kyb.entity.KybStatus;
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

  @Inject Mailer mailer;
  @Inject MetricRegistry metrics;

  void toOwner(@Observes(during = TransactionPhase.AFTER_SUCCESS) KybReminderDue.ToOwner due) {
    String ask =
        due.status() == KybStatus.DRAFT
            ? "La verificación de tu negocio quedó como borrador: envía los documentos de"
                + " constitución desde tu cuenta para que podamos revisarla."
            : "Te pedimos más información para verificar tu negocio y aún no la recibimos:"
                + " envía los documentos desde tu cuenta.";
    mailer.send(
        OutgoingMail.text(
            due.email(),
            "Recordatorio: completa la verificación de " + oneLine(due.legalName()),
            "Hola "
                + due.name()
                + ",\n\n"
                + ask
                + "\n\n"
                + due.legalName()
                + " está en "
                + due.status().value()
                + " desde hace "
                + days(due.since(), due.now())
                + " días. Sin la verificación no puedes activar tiendas ni recibir pagos.\n"));
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
            due.cases().size() + " verificaciones de negocio esperan revisión",
            "Hola "
                + due.name()
                + ",\n\nEstas verificaciones de negocio esperan una revisión o una decisión:\n\n"
                + list));
    metrics.counter(SENT, new Tag("kind", "review")).inc();
  }

  private static String line(WaitingCase c, Instant now) {
    return "- "
        + oneLine(c.legalName())
        + " ("
        + c.country()
        + ", "
        + c.status().value()
        + " desde hace "
        + days(c.since(), now)
        + " días) /api/v1/kyb/status/"
        + c.businessId();
  }

  private static long days(Instant since, Instant now) {
    return Duration.between(since, now).toDays();
  }

  /** A legal name in a subject or a list line: a user's text, so no line breaks. */
  private static String oneLine(String text) {
    return text.replaceAll("[\\r\\n]+", " ");
  }
}
