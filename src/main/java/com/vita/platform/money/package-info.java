/**
 * Money as an amount in an ISO 4217 currency, aware of each currency's minor units (CLP has none,
 * EUR two). Shared by every component that prices something.
 */
package com.vita.platform.money;
