package com.vita.platform.problems;

import com.vita.platform.http.CurrentRequest;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Builds problem documents for the current request: the single place their fields are filled. */
public final class ProblemResponses {

  private ProblemResponses() {}

  public static Problem problem(ProblemType type, String detail, List<Problem.FieldError> errors) {
    return new Problem(
        type.uri(),
        type.title(),
        type.status(),
        detail,
        CurrentRequest.path(),
        CurrentRequest.id(),
        errors == null || errors.isEmpty() ? null : errors);
  }

  public static Response response(ProblemType type, String detail) {
    return response(type, detail, List.of());
  }

  /** A typed exception as a response, with the headers it asks for. */
  public static Response response(ProblemException exception) {
    Response.ResponseBuilder response =
        builder(exception.type(), exception.getMessage(), exception.errors());
    exception.headers().forEach(response::header);
    return response.build();
  }

  public static Response response(
      ProblemType type, String detail, List<Problem.FieldError> errors) {
    return builder(type, detail, errors).build();
  }

  private static Response.ResponseBuilder builder(
      ProblemType type, String detail, List<Problem.FieldError> errors) {
    return Response.status(type.status())
        .type(Problem.MEDIA_TYPE)
        .entity(problem(type, detail, errors));
  }
}
