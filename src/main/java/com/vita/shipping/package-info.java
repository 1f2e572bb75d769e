/**
 * Shipping: the carriers VITA works with in each country (Chile, Colombia, Mexico, Spain, UAE),
 * their services and delivery times, and quotes for a parcel. Rates live in the database (seeded by
 * Flyway) so operations can change them without a release; a quote charges the service's base rate
 * for the first kilogram and its per-kilogram rate for each further started kilogram of the
 * chargeable weight, the larger of actual and volumetric weight (L×W×H / divisor, the carriers'
 * usual rule). Live carrier APIs and tracking come with the shipping issue.
 */
package com.vita.shipping;
