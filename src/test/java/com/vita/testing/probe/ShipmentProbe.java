package com.vita.testing.probe;

import com.vita.platform.problems.ProblemException;
import com.vita.shipping.control.Shipments;
import com.vita.shipping.control.TrackingEvent;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.util.UUID;

/**
 * Plays orders' side of the shipping contract. POST opens a shipment through {@link Shipments#open}
 * inside a transaction of the probe's, then commits or rolls it back as {@code outcome} says (so a
 * test sees that open joins the caller's transaction); answers {@code {"trackingId":…}} or the
 * problem's status. GET answers {@link Shipments#events} of {@code orderId}, or with {@code
 * delivered=1} the {@code ShipmentDelivered} events the observer saw.
 */
@WebServlet("/probe/shipments")
public class ShipmentProbe extends HttpServlet {

  @Inject Shipments shipments;

  @Inject ShipmentDeliveredProbe deliveries;

  @Resource UserTransaction transaction;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String trackingId;
    try {
      transaction.begin();
      try {
        trackingId =
            shipments.open(
                UUID.fromString(request.getParameter("orderId")),
                UUID.fromString(request.getParameter("storeId")),
                UUID.fromString(request.getParameter("sellerId")),
                UUID.fromString(request.getParameter("buyerId")),
                request.getParameter("carrier"),
                request.getParameter("trackingNumber"));
      } catch (ProblemException problem) {
        transaction.rollback();
        response.setStatus(problem.type().status());
        response.setContentType("application/json");
        response
            .getWriter()
            .print(Json.createObjectBuilder().add("detail", problem.getMessage()).build());
        return;
      }
      if ("rollback".equals(request.getParameter("outcome"))) {
        transaction.rollback();
      } else {
        transaction.commit();
      }
    } catch (IOException e) {
      throw e;
    } catch (Exception e) {
      throw new ServletException(e);
    }
    response.setContentType("application/json");
    response.getWriter().print(Json.createObjectBuilder().add("trackingId", trackingId).build());
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    JsonArrayBuilder array = Json.createArrayBuilder();
    if (request.getParameter("delivered") != null) {
      deliveries.seen().forEach(array::add);
    } else {
      for (TrackingEvent event :
          shipments.events(UUID.fromString(request.getParameter("orderId")))) {
        array.add(
            Json.createObjectBuilder()
                .add("status", event.status())
                .add("description", event.description())
                .add("location", event.location() == null ? "" : event.location())
                .add("occurredAt", event.occurredAt().toString()));
      }
    }
    response.setContentType("application/json");
    response.getWriter().print(array.build());
  }
}
