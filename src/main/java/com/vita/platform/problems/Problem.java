package com.vita.platform.problems;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.net.URI;
import java.util.List;

/**
 * An RFC 9457 problem document. {@code type} is a stable URI per kind of error so clients can
 * branch on it; {@code errors} lists field-level failures of bean validation.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "requestId", "errors"})
public record Problem(
    URI type,
    String title,
    int status,
    String detail,
    String instance,
    String requestId,
    List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";

  /** One rejected field: where it is in the request and why it was refused. */
  public record FieldError(String field, String message) {}
}
