/**
 * The payments API ({@code /payments}, {@code /wallet/{userId}}), the providers' webhooks, the
 * admins' reconciliation reports and commission rates, and the timers that reconcile and release.
 */
package com.vita.payments.boundary;
