package com.vita.testing.probe;

import com.vita.platform.outbox.Outbox;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.util.UUID;

/**
 * Appends one event through {@link Outbox#append} in a transaction that then ends as {@code
 * outcome} says ({@code commit} or {@code rollback}), as a component's use case does, and answers
 * the event id.
 */
@WebServlet("/probe/outbox")
public class OutboxProbe extends HttpServlet {

  @Inject Outbox outbox;

  @Resource UserTransaction transaction;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    UUID id;
    try {
      transaction.begin();
      id =
          outbox.append(
              "probe",
              UUID.fromString(request.getParameter("aggregate")),
              "probe.appended",
              Json.createObjectBuilder().add("n", request.getParameter("n")).build());
      if ("commit".equals(request.getParameter("outcome"))) {
        transaction.commit();
      } else {
        transaction.rollback();
      }
    } catch (Exception e) {
      throw new ServletException(e);
    }
    response.setContentType("text/plain");
    response.getWriter().write(id.toString());
  }
}
