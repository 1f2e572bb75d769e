/**
 * Calling outside systems (DIDIT now; Stripe, Cregis, the bank and the carriers next) one way:
 * {@link com.vita.platform.providers.ProviderCalls} meters each call and translates failures into
 * {@link com.vita.platform.providers.ProviderUnavailable}, {@link
 * com.vita.platform.providers.ProviderTimedOut} and {@link
 * com.vita.platform.providers.ProviderRefused}, which each gateway's Fault Tolerance annotations
 * (timeout, retry, circuit breaker) name. The gateway itself stays in its component's control
 * package: the provider's wire format never leaves it.
 */
package com.vita.platform.providers;
