package com.vita.platform.mail;

import com.vita.platform.http.CurrentRequest;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Sends VITA's e-mail. With {@code MAIL_SMTP_HOST} set, {@link #send} hands the mail to a managed
 * executor and returns at once, so a slow SMTP server never holds up an HTTP request; without it
 * (local runs) the mail is written to the log instead. Every mail is counted as {@code
 * mail_sent_total{result="sent|failed|logged"}}.
 */
@ApplicationScoped
public class Mailer {

  static final String LOG_ONLY = "[mail: log only, no SMTP configured]";

  private static final System.Logger LOG = System.getLogger(Mailer.class.getName());
  private static final Metadata SENT =
      Metadata.builder().withName("mail_sent").withDescription("E-mails sent, by result").build();

  @Inject Config config;

  // The container's pool rather than a CDI async event: sending is a command with exactly one
  // handler, and managed threads carry the application's class loader and naming context, which
  // Jakarta Mail needs to find its SMTP provider.
  @Resource ManagedExecutorService executor;

  @Inject MetricRegistry metrics;

  private SmtpDelivery smtp;

  @PostConstruct
  void configure() {
    Optional<SmtpSettings> settings = SmtpSettings.from(config);
    if (settings.isEmpty()) {
      LOG.log(System.Logger.Level.INFO, "No MAIL_SMTP_HOST: e-mails are written to the log");
      return;
    }
    try {
      smtp = new SmtpDelivery(settings.get());
    } catch (AddressException e) {
      throw new IllegalStateException("MAIL_FROM is not a valid address", e);
    }
    LOG.log(System.Logger.Level.INFO, "E-mails go to {0}", settings.get());
  }

  /**
   * Sends the mail in the background and returns at once. Failures are logged (recipient domain
   * only) and counted, never thrown: the caller's request has usually been answered by then.
   */
  public void send(OutgoingMail mail) {
    if (smtp == null) {
      LOG.log(
          System.Logger.Level.INFO,
          "{0} to={1} subject={2} body={3}",
          LOG_ONLY,
          mail.to(),
          mail.subject(),
          mail.text());
      count("logged");
      return;
    }
    String requestId = CurrentRequest.id();
    try {
      executor.execute(() -> deliver(mail, requestId));
    } catch (RejectedExecutionException e) {
      failed(mail, requestId, e);
    }
  }

  private void deliver(OutgoingMail mail, String requestId) {
    try {
      smtp.deliver(mail);
      count("sent");
    } catch (MessagingException | RuntimeException e) {
      failed(mail, requestId, e);
    }
  }

  private void failed(OutgoingMail mail, String requestId, Exception e) {
    count("failed");
    // Class names only: SMTP replies and exception messages repeat the recipient's address.
    LOG.log(
        System.Logger.Level.WARNING,
        "E-mail to {0} failed ({1}), request {2}",
        mail.recipientDomain(),
        causes(e),
        requestId);
  }

  private void count(String result) {
    metrics.counter(SENT, new Tag("result", result)).inc();
  }

  /** {@code MessagingException < ConnectException}: what went wrong, without any message text. */
  static String causes(Throwable e) {
    StringBuilder chain = new StringBuilder(e.getClass().getSimpleName());
    for (Throwable cause = e.getCause(); cause != null && cause != e; cause = cause.getCause()) {
      chain.append(" < ").append(cause.getClass().getSimpleName());
    }
    return chain.toString();
  }
}
