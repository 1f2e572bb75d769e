package com.vita.platform.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;

class MailerTest {

  @Test
  void failuresAreDescribedByExceptionClassesOnly() {
    MessagingException failure =
        new MessagingException(
            "550 <ana@example.cl> unknown", new ConnectException("smtp.example.com refused"));
    assertEquals("MessagingException < ConnectException", Mailer.causes(failure));
    assertEquals(
        "AuthenticationFailedException",
        Mailer.causes(new AuthenticationFailedException("535 bad password for mailer")));
  }
}
