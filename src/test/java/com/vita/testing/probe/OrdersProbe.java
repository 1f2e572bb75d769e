package com.vita.testing.probe;

import com.vita.orders.control.OrderPayments;
import com.vita.platform.outbox.OutboxMessage;
import com.vita.shipping.control.ShipmentDelivered;
import jakarta.annotation.Resource;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Drives the orders component as its other callers will: {@code action=paid&checkout=} calls {@link
 * OrderPayments#confirmPaid} (payments, issue #13); {@code action=delivered&order=} fires {@link
 * ShipmentDelivered} in a transaction (shipping); {@code action=deliver&order=} fires an {@link
 * OutboxMessage} for each of the order's outbox rows, one transaction each, as the outbox
 * dispatcher does.
 */
@WebServlet("/probe/orders")
public class OrdersProbe extends HttpServlet {

  @Inject OrderPayments payments;
  @Inject Event<ShipmentDelivered> deliveries;
  @Inject Event<OutboxMessage> messages;

  @PersistenceContext(unitName = "vita")
  EntityManager entityManager;

  @Resource UserTransaction transaction;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    response.setContentType("application/json");
    try {
      switch (request.getParameter("action")) {
        case "paid" -> {
          OrderPayments.Outcome outcome =
              payments.confirmPaid(UUID.fromString(request.getParameter("checkout")));
          response
              .getWriter()
              .printf(
                  "{\"confirmed\":%d,\"alreadyPaid\":%d,\"notPayable\":%d}",
                  outcome.confirmed().size(),
                  outcome.alreadyPaid().size(),
                  outcome.notPayable().size());
        }
        case "delivered" -> {
          transaction.begin();
          deliveries.fire(
              new ShipmentDelivered(
                  UUID.fromString(request.getParameter("order")), "VT-probe", Instant.now()));
          transaction.commit();
          response.getWriter().print("{}");
        }
        case "deliver" -> response.getWriter().printf("{\"delivered\":%d}", deliver(request));
        default -> response.sendError(400);
      }
    } catch (IOException e) {
      throw e;
    } catch (Exception e) {
      throw new ServletException(e);
    }
  }

  private int deliver(HttpServletRequest request) throws Exception {
    UUID order = UUID.fromString(request.getParameter("order"));
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "select id, aggregate_type, event_type, occurred_at, cast(payload as text)"
                    + " from outbox_event where aggregate_id = ?1 order by sequence")
            .setParameter(1, order)
            .getResultList();
    for (Object[] row : rows) {
      JsonObject payload = Json.createReader(new StringReader((String) row[4])).readObject();
      transaction.begin();
      try {
        messages.fire(
            new OutboxMessage(
                (UUID) row[0], (String) row[1], order, (String) row[2], instant(row[3]), payload));
        transaction.commit();
      } catch (RuntimeException e) {
        transaction.rollback();
        throw e;
      }
    }
    return rows.size();
  }

  private static Instant instant(Object value) {
    if (value instanceof Instant at) {
      return at;
    }
    if (value instanceof OffsetDateTime at) {
      return at.toInstant();
    }
    return ((java.sql.Timestamp) value).toInstant();
  }
}
