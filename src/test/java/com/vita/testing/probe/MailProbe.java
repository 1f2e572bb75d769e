package com.vita.testing.probe;

import com.vita.platform.mail.Mailer;
import com.vita.platform.mail.OutgoingMail;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Sends the mail described by the form through the real {@link Mailer}; answers 202 at once. */
@WebServlet("/probe/mail")
public class MailProbe extends HttpServlet {

  @Inject Mailer mailer;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    request.setCharacterEncoding("UTF-8"); // form fields; the query string would be Latin-1
    mailer.send(
        OutgoingMail.text(
            request.getParameter("to"),
            request.getParameter("subject"),
            request.getParameter("text")));
    response.setStatus(HttpServletResponse.SC_ACCEPTED);
  }
}
