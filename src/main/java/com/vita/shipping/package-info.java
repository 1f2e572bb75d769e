/**
 * Shipping: the carriers VITA works with in each country (Chile, Colombia, Mexico, Spain, UAE),
 * their services, what they charge, and the parcels on their way.
 *
 * <ul>
 *   <li><b>Quotes</b> ({@link com.vita.shipping.control.ShippingCatalog}): billable weight is, per
 *       unit, the larger of actual and volumetric weight (L×W×H / the carrier's divisor); the
 *       destination region gives a zone ({@link com.vita.shipping.control.ShippingZones}; an
 *       unknown region is priced in the country's highest zone, never cheaper than the truth); the
 *       service's tariff for that zone gives the price: the first weight bracket that holds the
 *       weight, above the last one its price plus a rate per started kilogram.
 *   <li><b>Rates in the database</b> (seeded by Flyway, V41), so admins change them through the API
 *       without a release; every change audited.
 *   <li><b>{@link com.vita.shipping.control.CarrierGateway}</b> is the boundary to carriers: the
 *       table-rate implementation answers today, a live carrier API plugs in behind it.
 *   <li><b>Shipments</b>: orders opens one when a seller ships ({@link
 *       com.vita.shipping.control.Shipments}, in orders' transaction); the seller and a signed
 *       carrier webhook record its events; the delivery fires {@link
 *       com.vita.shipping.control.ShipmentDelivered}. The buyer and seller ids are kept on the
 *       shipment because they decide who may read its tracking.
 * </ul>
 */
package com.vita.shipping;
