package com.vita.platform.problems;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NoContentException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Errors raised by the JAX-RS runtime itself (no matching route, wrong method, unsupported media
 * type, unreadable body) in the same problem shape as ours. Their own messages are not shown: they
 * can name internal classes.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Override
  public Response toResponse(WebApplicationException exception) {
    int status = exception.getResponse().getStatus();
    ProblemException wrapped = Problems.foundIn(exception);
    if (wrapped != null) {
      return ProblemResponses.response(wrapped.type(), wrapped.getMessage());
    }
    if (exception.getCause() instanceof NoContentException) {
      return ProblemResponses.response(ProblemType.MALFORMED_REQUEST, "A request body is required");
    }
    ProblemType type = ProblemType.forStatus(status);
    Response problem = ProblemResponses.response(type, detailOf(exception, type));
    if (exception instanceof NotAllowedException) {
      String allow = exception.getResponse().getHeaderString(HttpHeaders.ALLOW);
      return Response.fromResponse(problem).header(HttpHeaders.ALLOW, allow).build();
    }
    return problem;
  }

  private static String detailOf(WebApplicationException exception, ProblemType type) {
    if (exception instanceof NotFoundException) {
      return "There is no resource at this path";
    }
    return switch (type) {
      case METHOD_NOT_ALLOWED -> "This resource does not support the request method";
      case UNSUPPORTED_MEDIA_TYPE -> "The request body's content type is not supported here";
      case NOT_ACCEPTABLE -> "None of the accepted media types can be produced";
      default -> type.title();
    };
  }
}
