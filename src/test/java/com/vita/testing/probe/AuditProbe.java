package com.vita.testing.probe;

import com.vita.platform.audit.AuditTrail;
import com.vita.platform.audit.AuditedAction;
import jakarta.annotation.Resource;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.util.Map;
import java.util.UUID;

/**
 * Plays a business transaction that audits a failed login and then ends as {@code outcome} says
 * ({@code commit} or {@code rollback}). {@code via=method} calls {@link AuditTrail#record} (joins
 * the transaction), {@code via=event} fires {@link AuditedAction} (the same), {@code
 * via=independent} calls {@link AuditTrail#recordEvenOnRollback} (a transaction of its own). The
 * details carry a password on purpose.
 */
@WebServlet("/probe/audit")
public class AuditProbe extends HttpServlet {

  @Inject AuditTrail auditTrail;

  @Inject Event<AuditedAction> audited;

  @Resource UserTransaction transaction;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws ServletException {
    UUID actor = UUID.fromString(request.getParameter("actor"));
    String subject = request.getParameter("subject");
    Map<String, String> details = Map.of("reason", "bad_password", "password", "hunter2");
    try {
      transaction.begin();
      try {
        switch (String.valueOf(request.getParameter("via"))) {
          case "event" ->
              audited.fire(new AuditedAction("auth.login.failure", actor, subject, details));
          case "independent" ->
              auditTrail.recordEvenOnRollback("auth.login.failure", actor, subject, details);
          default -> auditTrail.record("auth.login.failure", actor, subject, details);
        }
      } catch (RuntimeException e) {
        transaction.rollback();
        throw e;
      }
      if ("commit".equals(request.getParameter("outcome"))) {
        transaction.commit();
      } else {
        transaction.rollback();
      }
    } catch (Exception e) {
      throw new ServletException(e);
    }
    response.setStatus(HttpServletResponse.SC_NO_CONTENT);
  }
}
