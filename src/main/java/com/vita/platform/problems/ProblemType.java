package com.vita.platform.problems;

import java.net.URI;

/**
 * The kinds of problem VITA reports. The slug becomes the problem's {@code type} URI, which is part
 * of the API contract: never rename one.
 */
public enum ProblemType {
  VALIDATION("validation-failed", "Request validation failed", 400),
  MALFORMED_REQUEST("malformed-request", "Malformed request body", 400),
  BAD_REQUEST("bad-request", "Bad request", 400),
  UNAUTHORIZED("unauthorized", "Authentication required", 401),
  FORBIDDEN("forbidden", "Forbidden", 403),
  NOT_FOUND("not-found", "Resource not found", 404),
  METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", 405),
  NOT_ACCEPTABLE("not-acceptable", "Not acceptable", 406),
  REQUEST_TIMEOUT("request-timeout", "Request body too slow", 408),
  CONFLICT("conflict", "Conflict", 409),
  PRECONDITION_FAILED("precondition-failed", "Precondition failed", 412),
  PAYLOAD_TOO_LARGE("payload-too-large", "Request body too large", 413),
  UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported media type", 415),
  UNPROCESSABLE("unprocessable-content", "Unprocessable content", 422),
  TOO_MANY_REQUESTS("too-many-requests", "Too many requests", 429),
  INTERNAL("internal-error", "Internal server error", 500),
  UNAVAILABLE("service-unavailable", "Service unavailable", 503);

  private static final String BASE = "https://vita.dev/problems/";

  private final String slug;
  private final String title;
  private final int status;

  ProblemType(String slug, String title, int status) {
    this.slug = slug;
    this.title = title;
    this.status = status;
  }

  public URI uri() {
    return URI.create(BASE + slug);
  }

  public String title() {
    return title;
  }

  public int status() {
    return status;
  }

  /** The closest kind for a bare HTTP status, for errors raised by the container. */
  public static ProblemType forStatus(int status) {
    for (ProblemType type : values()) {
      if (type.status == status && type != VALIDATION && type != MALFORMED_REQUEST) {
        return type;
      }
    }
    return status >= 500 ? INTERNAL : BAD_REQUEST;
  }
}
