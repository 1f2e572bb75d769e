package com.vita.testing.probe;

import com.vita.kyb.control.KybReminders;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;

/**
 * Runs the KYB reminders as the timer does, at the instant in {@code at}: the clock the tests
 * control. Answers the run's outcome as JSON.
 */
@WebServlet("/probe/kyb-reminders")
public class KybReminderProbe extends HttpServlet {

  @Inject KybReminders reminders;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    KybReminders.Run run = reminders.sendDue(Instant.parse(request.getParameter("at")));
    response.setContentType("application/json");
    response
        .getWriter()
        .printf(
            "{\"ran\":%s,\"ownerReminders\":%d,\"casesAwaitingReview\":%d,\"adminsNudged\":%d}",
            run.ran(), run.ownerReminders(), run.casesAwaitingReview(), run.adminsNudged());
  }
}
