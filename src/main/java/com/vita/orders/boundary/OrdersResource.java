package com.vita.orders.boundary;

import com.vita.catalog.control.PageCursor;
import com.vita.orders.boundary.OrderViews.CheckoutView;
import com.vita.orders.boundary.OrderViews.OrderPage;
import com.vita.orders.boundary.OrderViews.OrderSummary;
import com.vita.orders.boundary.OrderViews.OrderView;
import com.vita.orders.boundary.OrderViews.TrackingView;
import com.vita.orders.control.Checkout;
import com.vita.orders.control.CheckoutAdmission;
import com.vita.orders.control.OrderAccess;
import com.vita.orders.control.OrderQueries;
import com.vita.orders.control.OrderTransitions;
import com.vita.orders.control.StatusChange;
import com.vita.orders.entity.Order;
import com.vita.orders.entity.OrderStatus;
import com.vita.platform.idempotency.IdempotentRequests;
import com.vita.platform.persistence.CodedEnum;
import com.vita.platform.problems.ProblemException;
import com.vita.platform.security.Caller;
import com.vita.platform.security.Role;
import com.vita.shipping.control.Shipments;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Checkout and orders. Every signed-in account may buy; what an order shows and who may move it is
 * decided in control ({@code OrderAccess}, {@code OrderTransitions}).
 */
@Path("orders")
@RequestScoped
@DenyAll
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Orders", description = "Checkout, orders, their status and tracking")
public class OrdersResource {

  @Inject Checkout checkout;
  @Inject CheckoutAdmission admission;
  @Inject IdempotentRequests idempotency;
  @Inject OrderAccess access;
  @Inject OrderQueries queries;
  @Inject OrderTransitions transitions;
  @Inject Shipments shipments;
  @Inject Caller caller;

  @POST
  @RolesAllowed({Role.BUYER_CLAIM, Role.SELLER_CLAIM, Role.ADMIN_CLAIM})
  @Operation(
      summary =
          "Check out a cart (items of any stores, an address, one shipping method per store) with"
              + " an Idempotency-Key: one pending order per store under one checkout id")
  public Response place(
      @HeaderParam(IdempotentRequests.HEADER) String key, @Valid @NotNull CheckoutRequest body) {
    UUID buyer = caller.id();
    IdempotentRequests.Request request =
        IdempotentRequests.request(key, "POST", "/api/v1/orders", buyer, body);
    IdempotentRequests.Reply reply =
        admission.run(
            () ->
                idempotency.run(
                    request,
                    () -> {
                      Checkout.Placed placed = checkout.place(buyer, body.cart());
                      return new IdempotentRequests.Outcome(
                          201,
                          new CheckoutView(
                              placed.checkoutId().toString(),
                              placed.orders().stream().map(OrderView::of).toList()));
                    }));
    return reply.response();
  }

  @GET
  @RolesAllowed({Role.BUYER_CLAIM, Role.SELLER_CLAIM, Role.ADMIN_CLAIM})
  @Transactional
  @Operation(
      summary =
          "Orders newest first: a buyer's purchases, a seller's stores' sales, all for admins;"
              + " filters status, storeId, from/to (ISO instants, to exclusive); keyset cursor")
  public OrderPage list(
      @QueryParam("status") String status,
      @QueryParam("storeId") UUID storeId,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") Integer limit) {
    OrderQueries.Page page =
        queries.page(
            new OrderQueries.Filter(
                status == null ? null : status(status, "status"),
                storeId,
                instant(from, "from"),
                instant(to, "to")),
            PageCursor.parse(cursor),
            OrderQueries.limit(limit));
    return new OrderPage(
        page.orders().stream().map(OrderSummary::of).toList(),
        page.next() == null ? null : page.next().encoded());
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Role.BUYER_CLAIM, Role.SELLER_CLAIM, Role.ADMIN_CLAIM})
  @Transactional
  @Operation(summary = "An order with its lines, amounts and history; another's is 404")
  public OrderView get(@PathParam("id") UUID id) {
    return OrderView.of(access.visible(id));
  }

  @PUT
  @Path("{id}/status")
  @RolesAllowed({Role.BUYER_CLAIM, Role.SELLER_CLAIM, Role.ADMIN_CLAIM})
  @Transactional
  @Operation(
      summary =
          "Move an order: the seller confirms, processes and ships (carrier, trackingNumber);"
              + " an admin makes any legal move; an illegal one is 409 naming the current status")
  public OrderView changeStatus(@PathParam("id") UUID id, @Valid @NotNull StatusRequest body) {
    Order order =
        transitions.change(
            id,
            new StatusChange(
                status(body.status(), "status"),
                body.carrier(),
                body.trackingNumber(),
                body.note()));
    return OrderView.of(order);
  }

  @POST
  @Path("{id}/cancel")
  @Consumes(MediaType.WILDCARD)
  @RolesAllowed({Role.BUYER_CLAIM, Role.SELLER_CLAIM, Role.ADMIN_CLAIM})
  @Transactional
  @Operation(
      summary =
          "Cancel an order (no body): the buyer's while pending, an admin's while legal; a note"
              + " goes through PUT /orders/{id}/status")
  public OrderView cancel(@PathParam("id") UUID id) {
    return OrderView.of(transitions.cancel(id, null));
  }

  @GET
  @Path("{id}/tracking")
  @RolesAllowed({Role.BUYER_CLAIM, Role.SELLER_CLAIM, Role.ADMIN_CLAIM})
  @Transactional
  @Operation(summary = "The order's shipment events, oldest first (empty until shipped)")
  public TrackingView tracking(@PathParam("id") UUID id) {
    Order order = access.visible(id);
    return new TrackingView(
        order.id().toString(),
        order.status().value(),
        order.carrier(),
        order.trackingNumber(),
        order.trackingId(),
        shipments.events(order.id()));
  }

  private static OrderStatus status(String value, String field) {
    return CodedEnum.of(OrderStatus.class, value)
        .orElseThrow(() -> ProblemException.invalidField(field, "not an order status"));
  }

  private static Instant instant(String value, String field) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw ProblemException.invalidField(field, "an ISO-8601 instant, e.g. 2026-12-01T00:00:00Z");
    }
  }
}
