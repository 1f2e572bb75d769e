package com.vita.platform.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vita.platform.production.MissingSetting;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LogMailboxFallbackTest {

  @Test
  void theLogIsTheMailboxExactlyWithoutAnSmtpHost() {
    assertEquals(List.of("MAIL_SMTP_HOST"), variables(Map.of()));
    assertEquals(List.of("MAIL_SMTP_HOST"), variables(Map.of("mail.smtp.host", " ")));
    assertEquals(List.of(), variables(Map.of("mail.smtp.host", "smtp.example.com")));
  }

  private static List<String> variables(Map<String, String> settings) {
    LogMailboxFallback fallback = new LogMailboxFallback();
    fallback.config = new MapConfig(settings);
    return fallback.missingSettings().stream().map(MissingSetting::variable).toList();
  }
}
