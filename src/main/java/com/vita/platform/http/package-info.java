/**
 * The HTTP edge, as servlet filters so they see every request of the WAR, not only the JAX-RS ones:
 * a request id for each request ({@link com.vita.platform.http.RequestIdFilter}), security headers,
 * CORS from {@code CORS_ORIGINS} and the request body limit. The order is fixed in {@code web.xml}:
 * request id first, so every later error and log line carries it.
 */
package com.vita.platform.http;
