package com.vita.shipping.control;

import com.vita.shipping.entity.Carrier;
import com.vita.shipping.entity.ShippingMethod;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The boundary to a carrier's pricing and tracking. Today {@link TableRateGateway} answers from
 * VITA's own rate tables (what the carriers publish, loaded by migration and edited by admins); a
 * live carrier API (Chilexpress Cotizador, DHL Express Rating, Aramex Rate Calculator) plugs in
 * here as another implementation in {@code control}, with its MicroProfile Rest Client, Fault
 * Tolerance and a translation of the carrier's wire format, so quotes, checkouts and tracking do
 * not change. Billable weight is worked out before (by VITA's rule) so every gateway is handed the
 * same figure the customer is shown.
 */
public interface CarrierGateway {

  /**
   * The price and delivery window of the service to the destination for the billable weight.
   *
   * @throws com.vita.platform.problems.NotFoundProblem when the service has no rate for the zone
   */
  CarrierQuote quote(ShippingMethod method, Destination destination, BigDecimal billableKg);

  /**
   * The carrier's own live tracking history of a parcel, when the gateway can ask the carrier;
   * empty when it cannot (the table-rate gateway), and VITA shows the events recorded by the seller
   * and the carrier's webhook.
   */
  Optional<List<TrackingEvent>> liveTracking(Carrier carrier, String trackingNumber);
}
