package com.vita.platform.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class SmtpSettingsTest {

  private static SmtpSettings settings(String username, boolean starttls) {
    return new SmtpSettings(
        "smtp.example.com", 587, username, "hunter2", starttls, "VITA <a@b.c>", 5000, 10000);
  }

  @Test
  void starttlsIsRequiredNotJustAttempted() {
    Properties properties = settings("mailer", true).sessionProperties();
    assertEquals("true", properties.getProperty("mail.smtp.starttls.enable"));
    assertEquals("true", properties.getProperty("mail.smtp.starttls.required"));
    assertEquals("true", properties.getProperty("mail.smtp.auth"));
    assertEquals("smtp.example.com", properties.getProperty("mail.smtp.host"));
    assertEquals("587", properties.getProperty("mail.smtp.port"));
  }

  @Test
  void everyNetworkWaitIsBounded() {
    Properties properties = settings(null, false).sessionProperties();
    assertEquals("5000", properties.getProperty("mail.smtp.connectiontimeout"));
    assertEquals("10000", properties.getProperty("mail.smtp.timeout"));
    assertEquals("10000", properties.getProperty("mail.smtp.writetimeout"));
  }

  @Test
  void noUsernameMeansNoAuthentication() {
    assertFalse(settings(" ", false).authenticates());
    assertEquals("false", settings(null, false).sessionProperties().getProperty("mail.smtp.auth"));
  }

  @Test
  void thePasswordNeverAppearsInText() {
    assertFalse(settings("mailer", true).toString().contains("hunter2"));
    assertFalse(settings("mailer", true).sessionProperties().toString().contains("hunter2"));
  }

  @Test
  void aHostIsRequired() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new SmtpSettings(" ", 587, null, "", true, "a@b.c", 1, 1));
  }

  @Test
  void withoutAHostMailIsOnlyLogged() {
    assertEquals(Optional.empty(), SmtpSettings.from(new MapConfig(Map.of())));
    assertEquals(Optional.empty(), SmtpSettings.from(new MapConfig(Map.of("mail.smtp.host", " "))));
  }

  @Test
  void aHostAloneGetsSafeDefaults() {
    SmtpSettings settings =
        SmtpSettings.from(new MapConfig(Map.of("mail.smtp.host", "smtp.example.com")))
            .orElseThrow();
    assertEquals(
        new SmtpSettings(
            "smtp.example.com", 587, null, "", true, "VITA <no-reply@vita.local>", 5000, 10000),
        settings);
    assertNull(settings.username());
  }

  @Test
  void everyKeyIsRead() {
    SmtpSettings settings =
        SmtpSettings.from(
                new MapConfig(
                    Map.of(
                        "mail.smtp.host", "127.0.0.1",
                        "mail.smtp.port", "2525",
                        "mail.smtp.username", "mailer",
                        "mail.smtp.password", "hunter2",
                        "mail.smtp.starttls", "false",
                        "mail.from", "Tienda <hola@tienda.cl>",
                        "mail.smtp.connect-timeout-ms", "100",
                        "mail.smtp.timeout-ms", "200")))
            .orElseThrow();
    assertEquals(
        new SmtpSettings(
            "127.0.0.1", 2525, "mailer", "hunter2", false, "Tienda <hola@tienda.cl>", 100, 200),
        settings);
  }
}
