package com.vita.platform.mail;

import com.vita.platform.production.LocalFallback;
import com.vita.platform.production.MissingSetting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.config.Config;

/** Without {@code MAIL_SMTP_HOST}, {@link Mailer} writes every mail to the log. */
@ApplicationScoped
public class LogMailboxFallback implements LocalFallback {

  @Inject Config config;

  @Override
  public String name() {
    return "mail to the log";
  }

  @Override
  public List<MissingSetting> missingSettings() {
    if (SmtpSettings.from(config).isPresent()) {
      return List.of();
    }
    return List.of(
        new MissingSetting(
            "MAIL_SMTP_HOST",
            "e-mails are written to the log instead of being sent, password reset tokens"
                + " included"));
  }
}
