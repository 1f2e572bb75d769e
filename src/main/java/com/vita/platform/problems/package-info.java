/**
 * Errors as RFC 9457 {@code application/problem+json}. Control code throws a {@link
 * com.vita.platform.problems.ProblemException} subclass; the mappers here are the only place that
 * turns exceptions into responses, so every error has the same shape: a stable {@code type} URI,
 * {@code title}, {@code status}, {@code detail}, {@code instance} and the request id. Errors that
 * never reach JAX-RS (unknown paths outside the API, bodies rejected by a servlet filter) are
 * rendered by {@link com.vita.platform.problems.ContainerErrorServlet} with the same shape.
 */
package com.vita.platform.problems;
