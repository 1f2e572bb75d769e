/**
 * The HTTP edge, as servlet filters so they see every request of the WAR, not only the JAX-RS ones:
 * a request id for each request ({@link com.vita.platform.http.RequestIdFilter}), security headers,
 * the operators' endpoints ({@code /metrics}, OpenAPI) kept to their networks in production ({@link
 * com.vita.platform.http.OperatorEndpoints}), CORS from {@code CORS_ORIGINS} and the request bodies
 * ({@link com.vita.platform.http.RequestBodyFilter}: read without holding a request thread, at a
 * minimum pace, under a size limit, multipart bodies under a part count and header size). The order
 * is fixed in {@code web.xml}: request id first, so every later error and log line carries it; then
 * the refusals of what no route serves ({@link com.vita.platform.http.EdgeRefusalsFilter}: {@code
 * TRACE}, a second {@code Host}). Absolute URLs come from {@code VITA_PUBLIC_BASE_URL} ({@link
 * com.vita.platform.http.PublicUrls}), never from the request's {@code Host}. {@link
 * com.vita.platform.http.DocumentationAssetsServlet} serves Swagger UI's files to VITA's
 * documentation page only. Also the HTTP details resources share: {@link
 * com.vita.platform.http.ContentDisposition} for downloads (RFC 6266) and {@link
 * com.vita.platform.http.FormFileNames} for the names of uploaded files.
 */
package com.vita.platform.http;
